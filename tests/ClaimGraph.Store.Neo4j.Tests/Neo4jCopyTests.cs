using System.Text.Json;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Store;
using ClaimGraph.Server.Cli;
using ClaimGraph.Store.Neo4j.Transport;
using ClaimGraph.Store.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>
/// The copy verb from SQLite to a real Neo4j and back, compared field by field. Runs only against the
/// server named by CLAIMGRAPH_NEO4J_URL (its ClaimGraph nodes are deleted first: use a database of its own).
/// </summary>
public sealed class Neo4jCopyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "claimgraph-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [SkippableFact]
    public async Task The_seeded_graph_copies_from_sqlite_to_neo4j_and_back_without_loss()
    {
        Skip.If(Neo4jTestServer.Url is null,
            "No Neo4j server configured: set CLAIMGRAPH_NEO4J_URL (and CLAIMGRAPH_NEO4J_USER / CLAIMGRAPH_NEO4J_PASSWORD) to copy through Neo4j.");
        var options = Neo4jTestServer.Options();
        await new QueryApiClient(options).RunAsync(
            new CypherStatement("MATCH (n) WHERE n:Actor OR n:Claim OR n:Source OR n:Statement DETACH DELETE n"), CypherAccess.Write, CancellationToken.None);
        var from = Path.Combine(_root, "from");
        var back = Path.Combine(_root, "back");
        using (var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = from }))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "seeds"), "*.graph.ndjson"))
                await new GraphImporter(store).ImportAsync(ImportReader.ParseFile(file));
        }

        var settings = new Dictionary<string, string?>
        {
            ["ClaimGraph:Neo4j:Url"] = options.Url,
            ["ClaimGraph:Neo4j:Database"] = options.Database,
            ["ClaimGraph:Neo4j:User"] = options.User,
            ["ClaimGraph:Neo4j:Password"] = options.Password,
        };
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

        Assert.Equal(0, await new CopyVerb().RunAsync(services, ["--from", $"sqlite:{from}", "--to", "neo4j", "--batch-size", "7"], default));
        Assert.Equal(0, await new CopyVerb().RunAsync(services, ["--from", "neo4j", "--to", $"sqlite:{back}", "--batch-size", "7"], default));

        Assert.Equal(await SnapshotAsync(from), await SnapshotAsync(back));
    }

    private static async Task<Dictionary<string, string>> SnapshotAsync(string folder)
    {
        using var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = folder });
        var page = new PageRequest(10_000);
        var claims = (await store.QueryClaimsAsync(new ClaimQuery(), page)).Items.Select(i => i.Node).ToList();
        return new Dictionary<string, string>
        {
            ["actors"] = JsonSerializer.Serialize((await store.QueryActorsAsync(new ActorQuery(), page)).Items.Select(i => i.Node)),
            ["claims"] = JsonSerializer.Serialize(claims),
            ["sources"] = JsonSerializer.Serialize((await store.QuerySourcesAsync(new SourceQuery(), page)).Items.Select(i => i.Node)),
            ["statements"] = JsonSerializer.Serialize((await store.QueryStatementsAsync(new StatementQuery(), page)).Items.Select(i => i.Node)),
            ["links"] = JsonSerializer.Serialize((await store.GetClaimLinksAsync(claims.Select(c => c.Id).ToList())).OrderBy(l => l.FromClaimId + " " + l.ToClaimId)),
        };
    }
}
