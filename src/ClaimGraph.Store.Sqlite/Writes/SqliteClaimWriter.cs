using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Auditing;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Records;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>
/// The writer handed to <see cref="IClaimStore.WriteAsync{T}"/>. All calls share one connection and
/// transaction, so reads see the transaction's own writes; calls must be awaited one at a time.
/// Every upserted node is stamped with <paramref name="principal"/> and <paramref name="at"/> (see <see cref="WriteStamps"/>).
/// In a bulk phase (<paramref name="bulkPhase"/>) the batched claim writes leave claim_terms to the phase's end (<see cref="BulkPhase"/>):
/// the claims they wrote are kept in <see cref="BatchedClaims"/> for the store to hand to the phase's <see cref="Terms.ClaimTermBuffer"/>
/// once committed, and <see cref="ClaimsWrittenOneByOne"/> says whether any claim was written or deleted otherwise.
/// </summary>
internal sealed class SqliteClaimWriter(Session session, string databasePath, string principal, DateTimeOffset at, CancellationToken ct, bool bulkPhase = false) : IClaimWriter
{
    private bool _closed;

    public List<Claim> BatchedClaims { get; } = [];

    public bool ClaimsWrittenOneByOne { get; private set; }

    public Task UpsertActorAsync(Actor actor) => RunAsync(() => ActorWrites.UpsertAsync(session, actor, ct), NodeKind.Actor, actor?.Id);

    public Task UpsertClaimAsync(Claim claim)
    {
        ClaimsWrittenOneByOne = true;
        return RunAsync(() => ClaimWrites.UpsertAsync(session, claim, ct), NodeKind.Claim, claim?.Id);
    }

    public Task UpsertSourceAsync(Source source) => RunAsync(() => SourceWrites.UpsertAsync(session, source, ct), NodeKind.Source, source?.Id);

    public Task UpsertStatementAsync(Statement statement) => RunAsync(() => StatementWrites.UpsertAsync(session, statement, ct), NodeKind.Statement, statement?.Id);

    public Task UpsertStatementsAsync(IReadOnlyList<Statement> statements) =>
        RunAsync(() => BulkStatementWrites.UpsertAsync(session, statements, principal, at, ct));

    public Task UpsertClaimsAsync(IReadOnlyList<Claim> claims) => RunAsync(async () =>
    {
        await BulkClaimWrites.UpsertAsync(session, claims, principal, at, writeTerms: !bulkPhase, ct);
        if (bulkPhase)
            BatchedClaims.AddRange(claims);
    });

    public Task SaveImportCheckpointAsync(ImportCheckpoint checkpoint) => RunAsync(() => ImportCheckpoints.SaveAsync(session, checkpoint, ct));

    public Task DeleteImportCheckpointAsync(string key) => RunAsync(() => ImportCheckpoints.DeleteAsync(session, key, ct));

    public Task UpsertClaimLinkAsync(ClaimLink link) => RunAsync(() => ClaimLinkWrites.UpsertAsync(session, link, ct));

    public Task<bool> DeleteClaimLinkAsync(string fromClaimId, string toClaimId, ClaimLinkKind kind) =>
        RunAsync(() => ClaimLinkWrites.DeleteAsync(session, fromClaimId, toClaimId, kind, ct));

    public Task<bool> DeleteAsync(NodeKind kind, string id)
    {
        ClaimsWrittenOneByOne |= kind == NodeKind.Claim;
        return RunAsync(() => NodeDeletes.DeleteAsync(session, kind, id, ct));
    }

    public Task RepointActorAsync(string mergedId, string keptId) =>
        RunAsync(() => ActorRepoint.RepointAsync(session, mergedId, keptId, ct));

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids) =>
        RunAsync(() => RecordReads.ActorsAsync(session, ids, ct));

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(IReadOnlyCollection<string> ids) =>
        RunAsync(() => RecordReads.ClaimsAsync(session, ids, ct));

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids) =>
        RunAsync(() => RecordReads.SourcesAsync(session, ids, ct));

    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids) =>
        RunAsync(() => RecordReads.StatementsAsync(session, ids, ct));

    public Task<IReadOnlyList<Statement>> GetStatementsByAsync(StatementEdge edge, IReadOnlyCollection<string> keys) =>
        RunAsync(() => RecordReads.StatementsByAsync(session, edge, keys, ct));

    public Task<IReadOnlyList<Actor>> GetScopedActorsAsync(string sourceId) =>
        RunAsync(() => RecordReads.ScopedActorsAsync(session, sourceId, ct));

    public Task<IReadOnlyDictionary<string, int>> CountReferencesAsync(NodeKind kind, string id) =>
        RunAsync(() => ReferenceCounts.CountAsync(session, kind, id, ct));

    /// <summary>Called when the transaction ends; a writer kept past its WriteAsync must not reach a pooled connection.</summary>
    public void Close() => _closed = true;

    private Task RunAsync(Func<Task> upsert, NodeKind kind, string? id) => RunAsync(async () =>
    {
        await upsert();
        await WriteStamps.StampAsync(session, kind, id!, principal, at, ct);
    });

    private async Task RunAsync(Func<Task> operation) => await RunAsync(async () =>
    {
        await operation();
        return true;
    });

    private async Task<T> RunAsync<T>(Func<Task<T>> operation)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        try
        {
            return await operation();
        }
        catch (SqliteException e) when (SqliteErrors.IsTranslatable(e))
        {
            throw SqliteErrors.Translate(e, databasePath);
        }
    }
}
