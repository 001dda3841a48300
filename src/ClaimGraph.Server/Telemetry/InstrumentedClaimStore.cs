using System.Diagnostics;
using ClaimGraph.Core.Auditing;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Server.Telemetry;

/// <summary>
/// Wraps every <see cref="IClaimStore"/> call in a span of <see cref="StoreTelemetry.Source"/> and records it in
/// <see cref="StoreTelemetry.Calls"/> and <see cref="StoreTelemetry.Duration"/>. With no listener both cost next to nothing.
/// A method added to the port later must be forwarded here too, or it falls back to its default implementation.
/// </summary>
public sealed class InstrumentedClaimStore(IClaimStore inner) : IClaimStore
{
    public IClaimStore Inner => inner;

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Run(nameof(GetActorsAsync), () => inner.GetActorsAsync(ids, ct), ids);

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Run(nameof(GetClaimsAsync), () => inner.GetClaimsAsync(ids, ct), ids);

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Run(nameof(GetSourcesAsync), () => inner.GetSourcesAsync(ids, ct), ids);

    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Run(nameof(GetStatementsAsync), () => inner.GetStatementsAsync(ids, ct), ids);

    public Task<IReadOnlyList<Statement>> GetStatementsByAsync(StatementEdge edge, IReadOnlyCollection<string> keys, CancellationToken ct = default) =>
        Run(nameof(GetStatementsByAsync), () => inner.GetStatementsByAsync(edge, keys, ct), keys);

    public Task<IReadOnlyList<Statement>> GetFirstStatementsByAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance>? stances, int limitPerKey, CancellationToken ct = default) =>
        Run(nameof(GetFirstStatementsByAsync), () => inner.GetFirstStatementsByAsync(edge, keys, stances, limitPerKey, ct), keys);

    public Task<IReadOnlyList<Statement>> GetFirstStatementsByStanceAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance> stances, int limitPerKeyAndStance, CancellationToken ct = default) =>
        Run(nameof(GetFirstStatementsByStanceAsync), () => inner.GetFirstStatementsByStanceAsync(edge, keys, stances, limitPerKeyAndStance, ct), keys);

    public Task<IReadOnlyList<ClaimStanceActor>> GetClaimStanceActorsAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct = default) =>
        Run(nameof(GetClaimStanceActorsAsync), () => inner.GetClaimStanceActorsAsync(claimIds, ct), claimIds);

    public Task<IReadOnlyList<ClaimLink>> GetClaimLinksAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct = default) =>
        Run(nameof(GetClaimLinksAsync), () => inner.GetClaimLinksAsync(claimIds, ct), claimIds);

    public Task<IReadOnlyList<Actor>> GetAffiliatesAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct = default) =>
        Run(nameof(GetAffiliatesAsync), () => inner.GetAffiliatesAsync(actorIds, ct), actorIds);

    public Task<IReadOnlyList<Contradiction>> GetContradictionsAsync(
        IReadOnlyCollection<string> actorIds, ContradictionDirection direction, int limitPerActor, CancellationToken ct = default) =>
        Run(nameof(GetContradictionsAsync), () => inner.GetContradictionsAsync(actorIds, direction, limitPerActor, ct), actorIds);

    public Task<IReadOnlyList<IReadOnlyList<Contradiction>>> GetContradictionsEachWayAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyList<ContradictionDirection> directions, int limitPerActor, CancellationToken ct = default) =>
        Run(nameof(GetContradictionsEachWayAsync), () => inner.GetContradictionsEachWayAsync(actorIds, directions, limitPerActor, ct), actorIds);

    public Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default) =>
        Run(nameof(QueryActorsAsync), () => inner.QueryActorsAsync(query, page, ct));

    public Task<Page<Claim>> QueryClaimsAsync(ClaimQuery query, PageRequest page, CancellationToken ct = default) =>
        Run(nameof(QueryClaimsAsync), () => inner.QueryClaimsAsync(query, page, ct));

    public Task<Page<Source>> QuerySourcesAsync(SourceQuery query, PageRequest page, CancellationToken ct = default) =>
        Run(nameof(QuerySourcesAsync), () => inner.QuerySourcesAsync(query, page, ct));

    public Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default) =>
        Run(nameof(QueryStatementsAsync), () => inner.QueryStatementsAsync(query, page, ct));

    public Task<Page<ContestedClaim>> QueryContestedClaimsAsync(PageRequest page, CancellationToken ct = default) =>
        Run(nameof(QueryContestedClaimsAsync), () => inner.QueryContestedClaimsAsync(page, ct));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind> kinds, int limit, CancellationToken ct = default) =>
        Run(nameof(SearchAsync), () => inner.SearchAsync(text, kinds, limit, ct));

    public Task<IReadOnlyList<IReadOnlyList<SearchHit>>> SearchEachAsync(IReadOnlyList<string> texts, IReadOnlyCollection<NodeKind> kinds, int limit, CancellationToken ct = default) =>
        Run(nameof(SearchEachAsync), () => inner.SearchEachAsync(texts, kinds, limit, ct));

    public Task<IReadOnlyList<SearchHit>> SearchAnyAsync(
        IReadOnlyList<string> texts, IReadOnlyCollection<NodeKind> kinds, int limit, int documentBudget, CancellationToken ct = default) =>
        Run(nameof(SearchAnyAsync), () => inner.SearchAnyAsync(texts, kinds, limit, documentBudget, ct));

    public Task<IReadOnlyList<Actor>> ActorsNamedAsync(IReadOnlyCollection<string> names, CancellationToken ct = default) =>
        Run(nameof(ActorsNamedAsync), () => inner.ActorsNamedAsync(names, ct));

    public Task<IReadOnlyList<int>?> CountMatchesAsync(IReadOnlyList<string> texts, int cap, CancellationToken ct = default) =>
        Run(nameof(CountMatchesAsync), () => inner.CountMatchesAsync(texts, cap, ct));

    public Task<ClaimTermCounts?> CountClaimTermsAsync(IReadOnlyList<string> terms, CancellationToken ct = default) =>
        Run(nameof(CountClaimTermsAsync), () => inner.CountClaimTermsAsync(terms, ct));

    public Task<IReadOnlyList<string>> ClaimsWithTermsAsync(IReadOnlyList<ClaimTermProbe> probes, double minScore, int perProbe, CancellationToken ct = default) =>
        Run(nameof(ClaimsWithTermsAsync), () => inner.ClaimsWithTermsAsync(probes, minScore, perProbe, ct));

    public Task<GraphCounts> CountAsync(CancellationToken ct = default) =>
        Run(nameof(CountAsync), () => inner.CountAsync(ct));

    public Task<IReadOnlyList<StatementCount>> CountStatementsAsync(StatementQuery filter, StatGrouping by, TimeBucket bucket, CancellationToken ct = default) =>
        Run(nameof(CountStatementsAsync), () => inner.CountStatementsAsync(filter, by, bucket, ct));

    public Task<IReadOnlyList<StanceCount>> CountStancesAsync(StatementQuery filter, CancellationToken ct = default) =>
        Run(nameof(CountStancesAsync), () => inner.CountStancesAsync(filter, ct));

    public Task<T> WriteAsync<T>(Func<IClaimWriter, Task<T>> work, CancellationToken ct = default) =>
        Run(nameof(WriteAsync), () => inner.WriteAsync(work, ct));

    public Task<T> WriteWithCheckedReferencesAsync<T>(Func<IClaimWriter, Task<T>> work, CancellationToken ct = default) =>
        Run(nameof(WriteWithCheckedReferencesAsync), () => inner.WriteWithCheckedReferencesAsync(work, ct));

    public Task<ImportCheckpoint?> GetImportCheckpointAsync(string key, CancellationToken ct = default) =>
        Run(nameof(GetImportCheckpointAsync), () => inner.GetImportCheckpointAsync(key, ct));

    public Task<bool> BeginBulkPhaseAsync(long records, CancellationToken ct = default) =>
        Run(nameof(BeginBulkPhaseAsync), () => inner.BeginBulkPhaseAsync(records, ct));

    public Task EndBulkPhaseAsync(CancellationToken ct = default) =>
        Run(nameof(EndBulkPhaseAsync), async () =>
        {
            await inner.EndBulkPhaseAsync(ct);
            return true;
        });

    public Task<IReadOnlyList<WriteStamp>> GetWriteStampsAsync(NodeKind kind, IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Run(nameof(GetWriteStampsAsync), () => inner.GetWriteStampsAsync(kind, ids, ct), ids);

    private static async Task<T> Run<T>(string method, Func<Task<T>> call, IReadOnlyCollection<string>? keys = null)
    {
        var operation = method.EndsWith("Async", StringComparison.Ordinal) ? method[..^"Async".Length] : method;
        using var activity = StoreTelemetry.Source.StartActivity("store " + operation, ActivityKind.Client);
        activity?.SetTag("claimgraph.store.operation", operation);
        if (keys is not null)
            activity?.SetTag("claimgraph.store.keys", keys.Count);

        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await call();
        }
        catch (Exception ex)
        {
            outcome = "error";
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            var tags = new TagList { { "operation", operation }, { "outcome", outcome } };
            StoreTelemetry.Calls.Add(1, tags);
            StoreTelemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
        }
    }
}
