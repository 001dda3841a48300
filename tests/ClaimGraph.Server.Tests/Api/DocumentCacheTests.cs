using ClaimGraph.Server.Http;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>The parsed-document cache of the GraphQL-over-HTTP endpoint.</summary>
public sealed class DocumentCacheTests : IDisposable
{
    private const string Deep = """
        query($n: Int!) { actors(first: $n) { nodes { key statements(first: 100) { claim { statements(first: 100) { key } } } } } }
        """;

    private readonly ClaimGraphApp _app = new(settings: new Dictionary<string, string>
    {
        ["ClaimGraph:GraphQL:DocumentCacheEntries"] = "2",
        ["ClaimGraph:GraphQL:MaxComplexity"] = "50000",
    });

    private ParsedDocumentCache Cache => _app.Services.GetServices<IConfigureExecution>().OfType<ParsedDocumentCache>().Single();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_repeated_query_is_answered_the_same_from_one_cached_document()
    {
        const string query = """{ actor(id: "Actor:sdf") { key name } }""";

        var first = await _app.QueryAsync(query);
        var countAfterFirst = Cache.Count;
        var second = await _app.QueryAsync(query);

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Null(second["errors"]);
        Assert.Equal(1, countAfterFirst);
        Assert.Equal(1, Cache.Count);
    }

    [Fact]
    public async Task Invalid_documents_are_not_cached_and_the_least_recently_used_is_dropped()
    {
        var invalid = await _app.QueryAsync("{ actor(id: \"Actor:sdf\") { noSuchField } }");
        Assert.NotNull(invalid["errors"]);
        Assert.Equal(0, Cache.Count);

        await _app.QueryAsync("{ counts { actors } }");
        await _app.QueryAsync("{ counts { claims } }");
        await _app.QueryAsync("{ counts { sources } }");

        Assert.Equal(2, Cache.Count);
    }

    [Fact]
    public async Task The_complexity_limit_still_applies_to_a_cached_document_with_other_variables()
    {
        var small = await _app.QueryAsync(Deep, new { n = 1 });
        Assert.Null(small["errors"]);
        Assert.Equal(1, Cache.Count);

        var large = await _app.QueryAsync(Deep, new { n = 100 });

        Assert.NotNull(large["errors"]);
        Assert.Contains("complexity", large["errors"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_cached_mutation_is_still_refused_over_get()
    {
        const string mutation = """mutation { deleteActor(id: "Actor:no-such-actor") { __typename } }""";
        var posted = await _app.QueryAsync(mutation);
        Assert.Equal(1, Cache.Count);
        Assert.NotNull(posted["errors"]);

        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation));

        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Contains("METHOD_NOT_ALLOWED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
