using System.Text.Json.Nodes;
using Xunit;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>Each test gets a freshly seeded service, since mutations change it.</summary>
public sealed class MutationTests : IDisposable
{
    private readonly ClaimGraphApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Recording_a_source_claim_and_statement_makes_them_queryable()
    {
        var data = await _app.DataAsync("""
            mutation {
              source: recordSource(input: { key: "sdf-statement-1", kind: OFFICIAL_STATEMENT, title: "بيان قسد", language: "ar",
                                             publisher: "Actor:sdf", text: "ننفي وجود أي مفاوضات مع التنظيم." }) { id }
              claim: recordClaim(input: { key: "c1", text: "قسد تفاوض التنظيم", language: "ar",
                                          translations: [{ language: "en", text: "The SDF negotiates with IS" }] }) { id direction }
              statement: recordStatement(input: { key: "s1", actor: "sdf", claim: "c1", stance: DENIES, source: "sdf-statement-1",
                                                   quote: "ننفي وجود أي مفاوضات", span: { start: 0, end: 20 } }) {
                id stance actor { key } claim { textIn(language: "en") } source { publisher { key } } quoteDirection
              }
            }
            """);
        JsonAssert.Equal("""
            { "source": { "id": "Source:sdf-statement-1" },
              "claim": { "id": "Claim:c1", "direction": "RTL" },
              "statement": { "id": "Statement:s1", "stance": "DENIES", "actor": { "key": "sdf" },
                "claim": { "textIn": "The SDF negotiates with IS" }, "source": { "publisher": { "key": "sdf" } }, "quoteDirection": "RTL" } }
            """, data);
    }

    [Fact]
    public async Task A_failed_mutation_writes_nothing_and_says_what_to_fix()
    {
        var before = await CountsAsync();
        var result = await _app.QueryAsync("""
            mutation { recordStatement(input: { actor: "sdf", claim: "no-such-claim", stance: ASSERTS, source: "baladi-raqqa-negotiations" }) { id } }
            """);
        var error = result["errors"]![0]!;
        Assert.Equal("NOT_FOUND", (string?)error["extensions"]!["code"]);
        Assert.Contains("no-such-claim", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("""mutation { createActor(input: { name: "X", language: "not a tag", kind: PERSON }) { id } }""", "VALIDATION", "language")]
    [InlineData("""mutation { createActor(input: { key: "sdf", name: "X", language: "en", kind: PERSON }) { id } }""", "CONFLICT", "id")]
    [InlineData("""mutation { createActor(input: { name: "مصادر", language: "ar", kind: ANONYMOUS_SOURCE }) { id } }""", "VALIDATION", "scopeSource")]
    [InlineData("""mutation { createActor(input: { name: "X", language: "en", kind: PERSON, affiliation: "Claim:negotiations-exist" }) { id } }""", "VALIDATION", "affiliation")]
    [InlineData("""mutation { recordStatement(input: { actor: "sdf", claim: "negotiations-exist", stance: ASSERTS, source: "baladi-raqqa-negotiations", quote: "كلام", span: { start: 0, end: 4 } }) { id } }""", "VALIDATION", "span")]
    [InlineData("""mutation { recordStatement(input: { actor: "sdf", claim: "negotiations-exist", stance: ASSERTS, source: "baladi-raqqa-negotiations", span: { start: 0, end: 99999 } }) { id } }""", "VALIDATION", "span")]
    [InlineData("""mutation { linkClaims(input: { from: "negotiations-exist", to: "negotiations-exist", kind: SUPPORTS }) { kind } }""", "VALIDATION", "to")]
    [InlineData("""mutation { deleteActor(id: "sdf") { deletedId } }""", "CONFLICT", "id")]
    [InlineData("""mutation { deleteStatement(id: "st-haskawi-is-withdrawal-within-hours") { deletedId } }""", "CONFLICT", "id")]
    [InlineData("""mutation { mergeActors(keep: "sdf", merge: "sdf") { id } }""", "VALIDATION", "merge")]
    [InlineData("""mutation { updateActor(id: "nobody", input: { name: "X" }) { id } }""", "NOT_FOUND", "id")]
    public async Task Bad_mutations_are_refused_with_a_code_and_field_and_change_nothing(string mutation, string code, string field)
    {
        var before = await CountsAsync();
        var result = await _app.QueryAsync(mutation);
        var error = result["errors"]![0]!;
        Assert.Equal(code, (string?)error["extensions"]!["code"]);
        Assert.Equal(field, (string?)error["extensions"]!["field"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)error["message"]));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Merging_actors_moves_statements_and_names()
    {
        await _app.DataAsync("""
            mutation { createActor(input: { key: "sdf-dup", name: "Syrian Democratic Forces (SDF)", language: "en", kind: ARMED_GROUP }) { id } }
            """);
        await _app.DataAsync("""
            mutation { recordStatement(input: { key: "dup-st", actor: "sdf-dup", claim: "negotiations-exist", stance: DENIES, source: "baladi-raqqa-negotiations" }) { id } }
            """);
        var data = await _app.DataAsync("""
            mutation { mergeActors(keep: "Actor:sdf", merge: "Actor:sdf-dup") { key aliases { name } denied { key } } }
            """);
        var merged = data["mergeActors"]!;
        Assert.Contains("Syrian Democratic Forces (SDF)", merged["aliases"]!.AsArray().Select(a => (string?)a!["name"]));
        Assert.Equal(["dup-st", "st-sdf-denies-negotiations"], merged["denied"]!.AsArray().Select(s => (string)s!["key"]!).Order());
        Assert.Null((await _app.DataAsync("""{ actor(id: "sdf-dup") { key } }"""))["actor"]);
    }

    [Fact]
    public async Task Deleting_a_claim_takes_its_statements_and_links()
    {
        var data = await _app.DataAsync("""mutation { deleteClaim(id: "civilian-exit-agreement") { deletedId deletedStatementIds } }""");
        JsonAssert.Equal("""
            { "deleteClaim": { "deletedId": "Claim:civilian-exit-agreement", "deletedStatementIds": [ "Statement:st-informed-confirm-civilian-exit-agreement" ] } }
            """, data);
        var after = await _app.DataAsync("""{ claim(id: "negotiations-exist") { links { claim { key } } } }""");
        Assert.DoesNotContain("civilian-exit-agreement", after.ToJsonString(), StringComparison.Ordinal);
        Assert.Null((await _app.DataAsync("""{ statement(id: "st-informed-confirm-civilian-exit-agreement") { key } }"""))["statement"]);
    }

    [Fact]
    public async Task Deleting_a_source_takes_its_statements_and_its_anonymous_sources()
    {
        var refused = await _app.QueryAsync("""mutation { deleteSource(id: "coalition-raqqa-statement") { deletedId } }""");
        Assert.Equal("CONFLICT", (string?)refused["errors"]![0]!["extensions"]!["code"]);

        var data = await _app.DataAsync("""mutation { deleteSource(id: "baladi-raqqa-negotiations") { deletedId deletedStatementIds deletedActorIds } }""");
        var result = data["deleteSource"]!;
        Assert.Equal(27, result["deletedStatementIds"]!.AsArray().Count);
        Assert.Equal(
            ["Actor:baladi-raqqa-incoming-reports", "Actor:baladi-raqqa-informed-sources", "Actor:baladi-raqqa-leaked-information", "Actor:baladi-raqqa-some-sources"],
            result["deletedActorIds"]!.AsArray().Select(a => (string)a!).Order());
        var counts = await _app.DataAsync("{ counts { actors sources statements } }");
        JsonAssert.Equal("""{ "counts": { "actors": 9, "sources": 1, "statements": 0 } }""", counts);
    }

    [Fact]
    public async Task Updating_an_actor_replaces_aliases_and_clears_with_empty_strings()
    {
        var data = await _app.DataAsync("""
            mutation { updateActor(id: "kinan-sultan", input: { aliases: [{ name: "Kenan Sultan", language: "en" }], affiliation: "" }) {
              aliases { name } affiliation { key } } }
            """);
        JsonAssert.Equal("""{ "updateActor": { "aliases": [ { "name": "Kenan Sultan" } ], "affiliation": null } }""", data);
    }

    private async Task<string> CountsAsync() =>
        (await _app.DataAsync("{ counts { actors claims sources statements claimLinks } }")).ToJsonString();
}
