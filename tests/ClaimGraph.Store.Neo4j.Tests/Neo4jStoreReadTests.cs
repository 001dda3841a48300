using System.Text.Json;
using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Transport;
using Xunit;

namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>The store's reads over the Query API: one statement each, typed answers decoded into pages, cursors and hits.</summary>
public sealed class Neo4jStoreReadTests : IAsyncLifetime
{
    private FakeQueryApi _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Neo4jClaimStore Store() => new(new QueryApiClient(new Neo4jStoreOptions { Url = _server.Address.ToString() }));

    private static string Actor(string id, string name, long seq) => $$$"""
        {"$type": "Map", "_value": {
          "node": {"$type": "Map", "_value": {
            "id": {"$type": "String", "_value": "{{{id}}}"}, "name": {"$type": "String", "_value": "{{{name}}}"},
            "language": {"$type": "String", "_value": "en"}, "kind": {"$type": "String", "_value": "ARMED_GROUP"},
            "aliasNames": {"$type": "List", "_value": []}, "aliasLanguages": {"$type": "List", "_value": []},
            "description": {"$type": "Null", "_value": null}, "role": {"$type": "Null", "_value": null},
            "affiliationId": {"$type": "Null", "_value": null}, "scopeSourceId": {"$type": "Null", "_value": null} } },
          "keys": {"$type": "List", "_value": [{"$type": "Integer", "_value": "{{{seq}}}"}]},
          "id": {"$type": "String", "_value": "{{{id}}}"} } }
        """;

    private List<JsonDocument> Statements() => _server.Requests
        .Where(r => r.Path == "/db/neo4j/query/v2")
        .Select(r => JsonDocument.Parse(r.Body))
        .Where(d => d.RootElement.GetProperty("statement").GetString()!.Contains("pageTotal", StringComparison.Ordinal))
        .ToList();

    [Fact]
    public async Task A_page_is_one_statement_whose_rows_become_items_with_cursors_that_resume_after_them()
    {
        _server.Respond = r => Task.FromResult(r.Body.Contains("pageTotal", StringComparison.Ordinal)
            ? FakeAnswer.Rows("""["pageTotal", "pageRows"]""",
                $$"""[[{"$type": "Integer", "_value": "5"}, {"$type": "List", "_value": [{{Actor("a6", "alpha", 6)}}, {{Actor("a4", "delta", 4)}}, {{Actor("a2", "Echo", 2)}}]}]]""")
            : FakeAnswer.Rows());
        using var store = Store();

        var page = await store.QueryActorsAsync(new ActorQuery(Kinds: [ActorKind.ArmedGroup]), new PageRequest(2, null, SortOrder.NewestFirst));
        await store.QueryActorsAsync(new ActorQuery(Kinds: [ActorKind.ArmedGroup]), new PageRequest(2, page.Items[^1].Cursor, SortOrder.NewestFirst));

        Assert.Equal(["a6", "a4"], page.Items.Select(i => i.Node.Id));
        Assert.Equal(ActorKind.ArmedGroup, page.Items[0].Node.Kind);
        Assert.Equal((5, true, false), (page.TotalCount, page.HasNextPage, page.HasPreviousPage));
        var statements = Statements();
        Assert.Equal(2, statements.Count);
        var first = statements[0].RootElement.GetProperty("parameters");
        Assert.Equal(3, first.GetProperty("pageLimit").GetInt64());
        Assert.Equal(["ARMED_GROUP"], first.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        var second = statements[1].RootElement.GetProperty("parameters");
        Assert.Equal("a4", second.GetProperty("cursorId").GetString());
        Assert.Equal(4, second.GetProperty("cursor0").GetInt64());
        Assert.Contains("a.seq <= $cursor0", statements[1].RootElement.GetProperty("statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_answer_is_an_empty_last_page()
    {
        using var store = Store();

        var page = await store.QueryClaimsAsync(new ClaimQuery(), new PageRequest(10));

        Assert.Equal((0, 0, false), (page.Items.Count, page.TotalCount, page.HasNextPage));
    }

    [Fact]
    public async Task A_malformed_cursor_is_refused_before_anything_is_sent_for_the_page()
    {
        using var store = Store();

        var error = await Assert.ThrowsAsync<ClaimGraphException>(() => store.QuerySourcesAsync(new SourceQuery(), new PageRequest(2, "garbage")));

        Assert.Equal((ErrorCode.Validation, "after"), (error.Code, error.Field));
        Assert.Empty(Statements());
    }

    [Fact]
    public async Task User_text_reaches_the_full_text_index_only_as_a_folded_escaped_parameter()
    {
        using var store = Store();

        await store.QueryStatementsAsync(new StatementQuery(Text: "\"الرقة\" OR body:*"), new PageRequest(5));

        var request = Assert.Single(Statements()).RootElement;
        Assert.DoesNotContain("الرقة", request.GetProperty("statement").GetString(), StringComparison.Ordinal);
        Assert.Equal("(رقه OR رقه*) AND (or OR or*) AND (body OR body*)", request.GetProperty("parameters").GetProperty("textMatch").GetString());
    }

    [Fact]
    public async Task Search_hits_carry_the_text_that_matched()
    {
        _server.Respond = r => Task.FromResult(r.Body.Contains("queryNodes", StringComparison.Ordinal)
            ? FakeAnswer.Rows("""["kind", "id", "score", "texts"]""", """
                [[{"$type": "String", "_value": "Actor"}, {"$type": "String", "_value": "sdf"}, {"$type": "Float", "_value": "2.5"},
                  {"$type": "List", "_value": [{"$type": "String", "_value": "قسد"}, {"$type": "String", "_value": "Syrian Democratic Forces"}]}]]
                """)
            : FakeAnswer.Rows());
        using var store = Store();

        var hit = Assert.Single(await store.SearchAsync("democratic", [NodeKind.Actor], 10));

        Assert.Equal((NodeKind.Actor, "sdf", 2.5, "Syrian Democratic Forces"), (hit.Kind, hit.Id, hit.Score, hit.Matched));
    }
}
