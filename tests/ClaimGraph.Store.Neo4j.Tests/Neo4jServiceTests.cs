using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Schema;
using ClaimGraph.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>
/// The service configured with ClaimGraph:Store=neo4j, talking to a local server that answers like
/// Neo4j's Query API: same GraphQL schema, STORE_UNAVAILABLE and /health 503 while Neo4j is down,
/// and recovery without a restart when it comes back.
/// </summary>
public sealed class Neo4jServiceTests : IAsyncLifetime
{
    private FakeQueryApi _neo4j = null!;
    private volatile bool _down;

    public async Task InitializeAsync()
    {
        _neo4j = await FakeQueryApi.StartAsync();
        _neo4j.Respond = r => Task.FromResult(Answer(r));
    }

    public async Task DisposeAsync() => await _neo4j.DisposeAsync();

    private FakeAnswer Answer(RecordedRequest request)
    {
        if (_down)
            return FakeAnswer.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "The database is unavailable.");
        return request.Body.Contains("RETURN COUNT { (:Actor) }", StringComparison.Ordinal)
            ? FakeAnswer.Rows("""["actors", "claims", "sources", "statements", "claimLinks"]""",
                """[[{"$type": "Integer", "_value": "3"}, {"$type": "Integer", "_value": "2"}, {"$type": "Integer", "_value": "1"}, {"$type": "Integer", "_value": "4"}, {"$type": "Integer", "_value": "0"}]]""")
            : FakeAnswer.Rows();
    }

    private WebApplicationFactory<Program> App() => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("ClaimGraph:Store", "neo4j");
        builder.UseSetting("ClaimGraph:Neo4j:Url", _neo4j.Address.ToString());
        builder.UseSetting("ClaimGraph:Neo4j:User", "neo4j");
        builder.UseSetting("ClaimGraph:Neo4j:Password", "secret");
        builder.UseSetting("ClaimGraph:Neo4j:MaxRetries", "1");
        builder.UseSetting("ClaimGraph:Neo4j:RetryDelay", "00:00:00.010");
        builder.UseSetting("ClaimGraph:Seed:Enabled", "false");
    });

    [Fact]
    public void With_store_neo4j_the_service_serves_the_same_graphql_schema()
    {
        using var app = App();

        var printed = SchemaText.Print(app.Services.GetRequiredService<ClaimGraphSchema>());

        var store = app.Services.GetRequiredService<IClaimStore>();
        Assert.IsType<Neo4jClaimStore>(store is ClaimGraph.Server.Telemetry.InstrumentedClaimStore instrumented ? instrumented.Inner : store);
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "graph-schema", "claimgraph.graphql")).ReplaceLineEndings("\n");
        Assert.Equal(committed, printed);
    }

    [Fact]
    public async Task While_neo4j_is_down_the_api_says_store_unavailable_and_it_recovers_when_neo4j_returns()
    {
        _down = true;
        using var app = App();
        using var client = app.CreateClient();

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var graphql = await QueryAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("Neo4j", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("STORE_UNAVAILABLE", graphql["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        _down = false;

        using var healthy = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var answered = await QueryAsync(client);
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Null(answered["errors"]);
        Assert.Equal(3, answered["data"]!["counts"]!["actors"]!.GetValue<int>());
        Assert.Contains(_neo4j.Requests, r => r.Body.Contains("CREATE CONSTRAINT actor_id", StringComparison.Ordinal));
    }

    private static async Task<JsonObject> QueryAsync(HttpClient client)
    {
        using var content = new StringContent("""{"query": "{ counts { actors statements } }"}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
