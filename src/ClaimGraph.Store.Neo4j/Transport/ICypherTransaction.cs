namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>An explicit transaction: statements see each other's writes; nothing is visible outside until <see cref="CommitAsync"/>.</summary>
public interface ICypherTransaction : IAsyncDisposable
{
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct);

    Task CommitAsync(CancellationToken ct);

    /// <summary>Rolls back; safe to call after a failure or more than once.</summary>
    Task RollbackAsync(CancellationToken ct);
}
