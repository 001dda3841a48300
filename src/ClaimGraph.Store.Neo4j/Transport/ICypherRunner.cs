namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>
/// The store's seam to Neo4j: run one statement in its own transaction, or open an explicit
/// transaction. The HTTP Query API implements it today; a Bolt driver could tomorrow.
/// Failures surface as the port's exceptions (StoreUnavailableException, StoreConstraintException) or <see cref="CypherException"/>.
/// </summary>
public interface ICypherRunner
{
    Task<CypherResult> RunAsync(CypherStatement statement, CypherAccess access, CancellationToken ct);

    Task<ICypherTransaction> BeginAsync(CancellationToken ct);
}
