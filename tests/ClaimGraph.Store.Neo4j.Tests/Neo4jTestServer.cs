namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>The environment's Neo4j server for the contract suite (CLAIMGRAPH_NEO4J_URL, _USER, _PASSWORD, _DATABASE).</summary>
internal static class Neo4jTestServer
{
    public static string? Url => Environment.GetEnvironmentVariable("CLAIMGRAPH_NEO4J_URL") is { Length: > 0 } url ? url : null;

    public static Neo4jStoreOptions Options() => new()
    {
        Url = Url ?? throw new InvalidOperationException("CLAIMGRAPH_NEO4J_URL is not set."),
        User = Environment.GetEnvironmentVariable("CLAIMGRAPH_NEO4J_USER") ?? "neo4j",
        Password = Environment.GetEnvironmentVariable("CLAIMGRAPH_NEO4J_PASSWORD"),
        Database = Environment.GetEnvironmentVariable("CLAIMGRAPH_NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j",
    };
}
