using ClaimGraph.Core.Store;

namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>
/// An explicit Query API transaction. Its statements and its commit are never repeated (a repeat
/// could apply a write twice or commit blind); a rollback is a DELETE, safe at any time. Aura's
/// cluster-affinity header from the begin answer goes back on every request of the transaction.
/// </summary>
internal sealed class QueryApiTransaction(QueryApiClient client, string path, string? affinity) : ICypherTransaction
{
    private bool _finished;

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var body = QueryApiClient.Body(statement, CypherAccess.Write, []);
        var response = await client.SendAsync(HttpMethod.Post, path, body, affinity, RetryMode.Never, ct);
        return response.Result();
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        try
        {
            var response = await client.SendAsync(HttpMethod.Post, path + "/commit", "{}", affinity, RetryMode.Never, ct);
            client.Remember(response.Bookmarks());
        }
        catch (StoreUnavailableException e)
        {
            throw new StoreUnavailableException($"The commit did not complete, so whether the write was saved is unknown: {e.Message}", e);
        }
    }

    public async Task RollbackAsync(CancellationToken ct)
    {
        if (_finished)
            return;
        _finished = true;
        try
        {
            await client.SendAsync(HttpMethod.Delete, path, body: null, affinity, RetryMode.Never, ct);
        }
        catch (Exception e) when (e is StoreUnavailableException or CypherException or StoreConstraintException)
        {
            // Neo4j rolls back an abandoned transaction when it expires; nothing more to do here.
        }
    }

    public async ValueTask DisposeAsync() => await RollbackAsync(CancellationToken.None);
}
