using ClaimGraph.Store.Neo4j.Transport;

namespace ClaimGraph.Store.Neo4j.Schema;

/// <summary>
/// Applies the schema statements once, before the first store operation. A failure is not cached:
/// the next operation tries again, so the service recovers by itself when Neo4j comes back.
/// </summary>
internal sealed class SchemaBootstrap(ICypherRunner runner) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureAsync(CancellationToken ct)
    {
        if (_ready)
            return;
        await _lock.WaitAsync(ct);
        try
        {
            if (_ready)
                return;
            foreach (var statement in SchemaScripts.All)
                await runner.RunAsync(new CypherStatement(statement), CypherAccess.Write, ct);
            _ready = true;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
