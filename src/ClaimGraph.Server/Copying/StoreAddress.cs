using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j;
using ClaimGraph.Store.Neo4j.Transport;
using ClaimGraph.Store.Sqlite;

namespace ClaimGraph.Server.Copying;

/// <summary>A store named on the command line: <c>sqlite:DIR</c> (the folder of claimgraph.db) or <c>neo4j</c> (the ClaimGraph:Neo4j settings).</summary>
public sealed record StoreAddress(string Kind, string? Directory)
{
    public static StoreAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Equals("neo4j", StringComparison.OrdinalIgnoreCase))
            return new StoreAddress("neo4j", null);
        if (text.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) && text.Length > "sqlite:".Length)
            return new StoreAddress("sqlite", Path.GetFullPath(text["sqlite:".Length..]));
        throw new ArgumentException($"'{text}' is not a store: use sqlite:DIR (the folder holding claimgraph.db) or neo4j (configured by ClaimGraph:Neo4j).");
    }

    /// <summary>Where the copy's checkpoint lives: in the SQLite target's folder, or in the current folder for Neo4j.</summary>
    public string CheckpointPath => Kind == "sqlite"
        ? Path.Combine(Directory!, "copy.checkpoint.json")
        : Path.GetFullPath("claimgraph-copy-to-neo4j.checkpoint.json");

    public IClaimStore Open(IConfiguration configuration)
    {
        if (Kind == "sqlite")
            return new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = Directory! });
        var services = new ServiceCollection().AddNeo4jStore(configuration.GetSection("ClaimGraph:Neo4j")).BuildServiceProvider();
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Neo4jStoreOptions>>().Value;
        return new Neo4jClaimStore(new QueryApiClient(options));
    }

    public override string ToString() => Kind == "sqlite" ? $"sqlite:{Directory}" : "neo4j";
}
