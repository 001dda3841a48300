using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Transport;
using ClaimGraph.Testing.Contract;

namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>
/// The store contract against a real Neo4j 5 server named by CLAIMGRAPH_NEO4J_URL. Each test starts
/// from an empty graph: every node with a ClaimGraph label is deleted first (use a database of its own).
/// </summary>
public sealed class Neo4jStoreContractTests : ClaimStoreContract, IDisposable
{
    private Neo4jClaimStore? _store;

    protected override string? SkipReason => Neo4jTestServer.Url is null
        ? "No Neo4j server configured: set CLAIMGRAPH_NEO4J_URL (and CLAIMGRAPH_NEO4J_USER / CLAIMGRAPH_NEO4J_PASSWORD) to run the store contract against Neo4j."
        : null;

    protected override async Task<IClaimStore> CreateEmptyStoreAsync()
    {
        var client = new QueryApiClient(Neo4jTestServer.Options());
        await client.RunAsync(new CypherStatement("MATCH (n) WHERE n:Actor OR n:Claim OR n:Source OR n:Statement DETACH DELETE n"),
            CypherAccess.Write, CancellationToken.None);
        _store = new Neo4jClaimStore(client);
        return _store;
    }

    public void Dispose() => _store?.Dispose();
}
