using System.Text.Json.Nodes;
using Xunit;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>extractArticle proposes a draft without storing anything; commitExtraction writes the reviewed draft all or nothing.</summary>
public sealed class IngestApiTests : IDisposable
{
    private const string DraftFields = """
        source { key kind title language text url publisherRef authorRef publishedAt }
        actors { ref name language kind matchedActorId role description }
        claims { ref text language existingClaimId }
        statements { ref speakerRef claimRef stance quote span { start end } relayedByRef relayedThroughRef note }
        """;

    private const string English = "The Defence Ministry of Norland denied on Tuesday that its troops had crossed into the disputed Vessel Valley. "
        + "\"We have no soldiers there,\" said Maria Okafor, a spokeswoman for the ministry.";

    private readonly ClaimGraphApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Extracting_the_seed_article_matches_stored_actors_and_offers_the_stored_claim()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "seeds", "000_56e233a4a2ee7b21.txt"));
        var before = await CountsAsync();
        var data = await _app.DataAsync("""
            mutation($text: String!) {
              extractArticle(input: { text: $text, key: "baladi-again" }) {
                source { key language publisherRef }
                actors { ref name kind isNew matchedActorId }
                claims { ref candidates { claimId score } }
                statements { speakerRef claimRef stance quote span { start end } relayedByRef }
              }
            }
            """, new { text });
        var draft = data["extractArticle"]!;
        Assert.Equal("ar", (string?)draft["source"]!["language"]);
        Assert.Equal("baladi-news", (string?)draft["source"]!["publisherRef"]);
        var sdf = draft["actors"]!.AsArray().Single(a => (string?)a!["matchedActorId"] == "Actor:sdf")!;
        Assert.False((bool)sdf["isNew"]!);
        var denial = draft["statements"]!.AsArray().Single(s => (string?)s!["stance"] == "DENIES" && (string?)s["speakerRef"] == "sdf")!;
        Assert.Equal(29, (int)denial["span"]!["start"]!);
        var claim = draft["claims"]!.AsArray().Single(c => (string?)c!["ref"] == (string?)denial["claimRef"])!;
        Assert.Equal("Claim:negotiations-exist", (string?)claim["candidates"]![0]!["claimId"]);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_draft_sent_back_unchanged_is_committed_in_one_go()
    {
        var draft = (await _app.DataAsync($$"""
            mutation($text: String!) { extractArticle(input: { text: $text, publisher: "Harbour Times", url: "https://example.org/norland" }) { {{DraftFields}} } }
            """, new { text = English }))["extractArticle"]!;
        Assert.Equal(2, draft["statements"]!.AsArray().Count);

        var result = await _app.DataAsync("""
            mutation($draft: ExtractionDraftInput!) { commitExtraction(draft: $draft) { sourceId actors claims statements } }
            """, new { draft });
        var sourceId = (string?)result["commitExtraction"]!["sourceId"];
        Assert.Equal(2, (int)result["commitExtraction"]!["statements"]!);

        var source = await _app.DataAsync("""
            query($id: ID!) { source(id: $id) { publisher { name kind } statements { stance actor { name kind } quote } } }
            """, new { id = sourceId });
        JsonAssert.Equal("""
            { "source": { "publisher": { "name": "Harbour Times", "kind": "MEDIA_OUTLET" },
              "statements": [
                { "stance": "DENIES", "actor": { "name": "The Defence Ministry of Norland", "kind": "GOVERNMENT" },
                  "quote": "The Defence Ministry of Norland denied on Tuesday that its troops had crossed into the disputed Vessel Valley" },
                { "stance": "ASSERTS", "actor": { "name": "Maria Okafor", "kind": "PERSON" }, "quote": "We have no soldiers there" } ] } }
            """, source);
    }

    [Fact]
    public async Task An_edited_draft_that_breaks_a_rule_writes_nothing()
    {
        var draft = (await _app.DataAsync($$"""
            mutation($text: String!) { extractArticle(input: { text: $text }) { {{DraftFields}} } }
            """, new { text = English }))["extractArticle"]!.AsObject();
        draft["statements"]![1]!["quote"] = "words that are not in the text";
        var before = await CountsAsync();
        var result = await _app.QueryAsync("""
            mutation($draft: ExtractionDraftInput!) { commitExtraction(draft: $draft) { sourceId } }
            """, new { draft });
        var error = result["errors"]![0]!;
        Assert.Equal("VALIDATION", (string?)error["extensions"]!["code"]);
        Assert.Contains("nothing was written", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Empty_text_is_a_validation_error()
    {
        var result = await _app.QueryAsync("""mutation { extractArticle(input: { text: "  " }) { warnings } }""");
        Assert.Equal("VALIDATION", (string?)result["errors"]![0]!["extensions"]!["code"]);
    }

    private async Task<string> CountsAsync() =>
        (await _app.DataAsync("{ counts { actors claims sources statements } }")).ToJsonString();
}
