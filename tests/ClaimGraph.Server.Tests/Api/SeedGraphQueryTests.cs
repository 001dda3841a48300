using Xunit;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>The seed article's questions, asked through GraphQL, with the answers expected from the curated graph.</summary>
public sealed class SeedGraphQueryTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private ClaimGraphApp App => fixture.App;

    [Fact]
    public async Task The_SDF_denies_and_the_Coalition_confirms_the_negotiations()
    {
        var data = await App.DataAsync("""
            { claim(id: "Claim:negotiations-exist") {
                isContested
                deniedBy { key name }
                confirmedBy { key name }
                stances { stance count actors { key } }
            } }
            """);
        JsonAssert.Equal("""
            { "claim": {
                "isContested": true,
                "deniedBy": [ { "key": "sdf", "name": "قوات سوريا الديمقراطية" } ],
                "confirmedBy": [ { "key": "international-coalition", "name": "التحالف الدولي" } ],
                "stances": [
                  { "stance": "CONFIRMS", "count": 1, "actors": [ { "key": "international-coalition" } ] },
                  { "stance": "DENIES", "count": 1, "actors": [ { "key": "sdf" } ] }
                ]
            } }
            """, data);
    }

    [Fact]
    public async Task Anonymous_sources_are_actors_of_their_own_kind_scoped_to_the_article()
    {
        var data = await App.DataAsync("""
            { actors(filter: { kinds: [ANONYMOUS_SOURCE] }) {
                totalCount
                nodes { key isAnonymous scopeSource { key } statements { stance claim { key } } }
            } }
            """);
        JsonAssert.Equal("""
            { "actors": { "totalCount": 4, "nodes": [
              { "key": "baladi-raqqa-incoming-reports", "isAnonymous": true, "scopeSource": { "key": "baladi-raqqa-negotiations" },
                "statements": [ { "stance": "ASSERTS", "claim": { "key": "uzbek-fighters-refuse-exit" } } ] },
              { "key": "baladi-raqqa-informed-sources", "isAnonymous": true, "scopeSource": { "key": "baladi-raqqa-negotiations" },
                "statements": [
                  { "stance": "CONFIRMS", "claim": { "key": "civilian-exit-agreement" } },
                  { "stance": "ASSERTS", "claim": { "key": "is-fighters-settled-with-americans" } },
                  { "stance": "ASSERTS", "claim": { "key": "shelling-stopped" } } ] },
              { "key": "baladi-raqqa-leaked-information", "isAnonymous": true, "scopeSource": { "key": "baladi-raqqa-negotiations" },
                "statements": [
                  { "stance": "ASSERTS", "claim": { "key": "americans-outside-deal" } },
                  { "stance": "ASSERTS", "claim": { "key": "civilians-exit-sdf-chosen-destination" } },
                  { "stance": "ASSERTS", "claim": { "key": "clashes-stop-inside-raqqa" } } ] },
              { "key": "baladi-raqqa-some-sources", "isAnonymous": true, "scopeSource": { "key": "baladi-raqqa-negotiations" },
                "statements": [ { "stance": "ASSERTS", "claim": { "key": "tripartite-meeting-ain-issa" } } ] }
            ] } }
            """, Sorted(data));
    }

    [Fact]
    public async Task The_activist_is_relayed_through_Baladi_News_and_passes_on_incoming_reports()
    {
        var data = await App.DataAsync("""
            { actor(id: "suhaib-al-haskawi") { statements { relayedBy { key } } }
              statement(id: "st-incoming-reports-uzbek-refuse") {
                attribution { role actor { key } statement { key } source { key } }
              } }
            """);
        var relays = data["actor"]!["statements"]!.AsArray();
        Assert.Equal(5, relays.Count);
        Assert.All(relays, r => Assert.Equal("baladi-news", (string?)r!["relayedBy"]!["key"]));
        JsonAssert.Equal("""
            { "attribution": [
              { "role": "SPEAKER", "actor": { "key": "baladi-raqqa-incoming-reports" }, "statement": null, "source": null },
              { "role": "RELAYED_THROUGH", "actor": null, "statement": { "key": "st-haskawi-is-withdrawal-within-hours" }, "source": null },
              { "role": "RELAYED_BY", "actor": { "key": "baladi-news" }, "statement": null, "source": null },
              { "role": "REPORTED_IN", "actor": null, "statement": null, "source": { "key": "baladi-raqqa-negotiations" } },
              { "role": "PUBLISHED_BY", "actor": { "key": "baladi-news" }, "statement": null, "source": null },
              { "role": "WRITTEN_BY", "actor": { "key": "kinan-sultan" }, "statement": null, "source": null }
            ] }
            """, data["statement"]);
    }

    [Fact]
    public async Task The_Coalition_statement_and_its_operations_director_are_attributed_to_them()
    {
        var data = await App.DataAsync("""
            { source(id: "coalition-raqqa-statement") { kind publisher { key } quotedStatements { key actor { key } } }
              actor(id: "jonathan-braga") { role affiliation { key } asserted { claim { key } quote } } }
            """);
        JsonAssert.Equal("""
            { "kind": "OFFICIAL_STATEMENT", "publisher": { "key": "international-coalition" }, "quotedStatements": [
              { "key": "st-coalition-statement-elders-lead-talks", "actor": { "key": "international-coalition" } },
              { "key": "st-coalition-statement-fighters-to-justice", "actor": { "key": "international-coalition" } },
              { "key": "st-coalition-statement-human-shields", "actor": { "key": "international-coalition" } },
              { "key": "st-coalition-statement-quote-council-leads-talks", "actor": { "key": "international-coalition" } }
            ] }
            """, SortArray(data["source"]!.AsObject(), "quotedStatements", "key"));
        var braga = data["actor"]!;
        Assert.Equal("international-coalition", (string?)braga["affiliation"]!["key"]);
        Assert.Contains("مدير العمليات", (string?)braga["role"] ?? "", StringComparison.Ordinal);
        var claims = braga["asserted"]!.AsArray().Select(s => (string?)s!["claim"]!["key"]).Order().ToList();
        Assert.Equal(["coalition-duty-defeat-is-protect-civilians", "hard-fighting-remains-coalition-committed"], claims);
        Assert.All(braga["asserted"]!.AsArray(), s => Assert.False(string.IsNullOrEmpty((string?)s!["quote"])));
    }

    [Fact]
    public async Task The_SDF_and_the_Coalition_contradict_each_other()
    {
        var data = await App.DataAsync("""
            { actor(id: "Actor:sdf") {
                contradicts { actor { key } evidence { statement { key stance } opposing { key stance } viaLink } }
                contradictedBy { actor { key } }
            } }
            """);
        JsonAssert.Equal("""
            { "actor": {
                "contradicts": [ { "actor": { "key": "international-coalition" }, "evidence": [
                  { "statement": { "key": "st-sdf-denies-negotiations", "stance": "DENIES" },
                    "opposing": { "key": "st-coalition-confirms-negotiations", "stance": "CONFIRMS" }, "viaLink": false } ] } ],
                "contradictedBy": [ { "actor": { "key": "international-coalition" } } ]
            } }
            """, data);
    }

    [Fact]
    public async Task Contested_claims_put_the_negotiations_first()
    {
        var data = await App.DataAsync("""
            { contestedClaims(first: 5) { totalCount nodes { claim { key } supportingActors denyingActors score } } }
            """);
        JsonAssert.Equal("""
            { "contestedClaims": { "totalCount": 1, "nodes": [
              { "claim": { "key": "negotiations-exist" }, "supportingActors": 1, "denyingActors": 1, "score": 1 } ] } }
            """, data);
    }

    [Theory]
    [InlineData("التحالف", "ACTOR", "international-coalition")]
    [InlineData("وللتحالف", "ACTOR", "international-coalition")]
    [InlineData("قسد", "ACTOR", "sdf")]
    [InlineData("syrian DEMOCRATIC forces", "ACTOR", "sdf")]
    [InlineData("الامريكان", "ACTOR", "american-officers")]
    [InlineData("الرقه", "CLAIM", "negotiations-exist")]
    [InlineData("مُفاوضات", "CLAIM", "negotiations-exist")]
    [InlineData("human shields", "CLAIM", "is-holds-civilians-human-shields")]
    [InlineData("الوار", "ACTOR", "baladi-raqqa-incoming-reports")]
    [InlineData("والواردة", "ACTOR", "baladi-raqqa-incoming-reports")]
    public async Task Search_folds_Arabic_and_Latin_variants(string text, string kind, string expectedKey)
    {
        var data = await App.DataAsync("""
            query($text: String!, $kinds: [NodeKind!]) { search(text: $text, kinds: $kinds, first: 50) { kind node { id } } }
            """, new { text, kinds = new[] { kind } });
        var ids = data["search"]!.AsArray().Select(h => (string?)h!["node"]!["id"]).ToList();
        Assert.Contains($"{char.ToUpperInvariant(kind[0])}{kind[1..].ToLowerInvariant()}:{expectedKey}", ids);
    }

    [Fact]
    public async Task Node_fetches_any_kind_by_global_id_and_Arabic_stays_readable()
    {
        var raw = await App.RawAsync(HttpMethod.Post, "/graphql",
            """{"query":"{ node(id: \"Actor:sdf\") { id ... on Actor { name direction aliases { name language } } } }"}""");
        Assert.Contains("قوات سوريا الديمقراطية", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", raw, StringComparison.Ordinal);
        Assert.Contains("\"direction\":\"RTL\"", raw, StringComparison.Ordinal);
        Assert.Contains("SDF", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statements_page_through_with_cursors_and_filters()
    {
        var first = await App.DataAsync("""
            { statements(first: 2, filter: { stances: [ASSERTS] }) { totalCount pageInfo { hasNextPage endCursor } nodes { key stance } } }
            """);
        var page = first["statements"]!;
        Assert.Equal(23, (int)page["totalCount"]!);
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
        var seen = page["nodes"]!.AsArray().Select(n => (string)n!["key"]!).ToList();
        var cursor = (string?)page["pageInfo"]!["endCursor"];
        while (cursor is not null)
        {
            var next = (await App.DataAsync("""
                query($after: String) { statements(first: 5, after: $after, filter: { stances: [ASSERTS] }) { pageInfo { hasNextPage endCursor } nodes { key stance } } }
                """, new { after = cursor }))["statements"]!;
            seen.AddRange(next["nodes"]!.AsArray().Select(n => (string)n!["key"]!));
            Assert.All(next["nodes"]!.AsArray(), n => Assert.Equal("ASSERTS", (string?)n!["stance"]));
            cursor = (bool)next["pageInfo"]!["hasNextPage"]! ? (string?)next["pageInfo"]!["endCursor"] : null;
        }

        Assert.Equal(23, seen.Distinct().Count());
    }

    private static System.Text.Json.Nodes.JsonObject Sorted(System.Text.Json.Nodes.JsonObject data)
    {
        foreach (var node in data["actors"]!["nodes"]!.AsArray())
            SortArray(node!.AsObject(), "statements", "claim");
        return data;
    }

    private static System.Text.Json.Nodes.JsonObject SortArray(System.Text.Json.Nodes.JsonObject parent, string name, string key)
    {
        var items = parent[name]!.AsArray().Select(n => n!.DeepClone())
            .OrderBy(n => n[key]!.ToJsonString(), StringComparer.Ordinal).ToList();
        parent[name] = new System.Text.Json.Nodes.JsonArray(items.ToArray());
        return parent;
    }
}
