using System.Collections.Concurrent;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>Passes every call to the real store and counts them, so tests can prove batching.</summary>
public sealed class CountingStore(IClaimStore inner) : IClaimStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new();

    public int Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    /// <summary>The page requests of the Query* calls, in call order, so tests can see what was asked of the store.</summary>
    public ConcurrentQueue<PageRequest> PageRequests { get; } = new();

    public void Reset()
    {
        _calls.Clear();
        PageRequests.Clear();
    }

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetActorsAsync(ids, ct));

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetClaimsAsync(ids, ct));

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetSourcesAsync(ids, ct));

    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetStatementsAsync(ids, ct));

    public Task<IReadOnlyList<Statement>> GetStatementsByAsync(StatementEdge edge, IReadOnlyCollection<string> keys, CancellationToken ct = default) =>
        Count(inner.GetStatementsByAsync(edge, keys, ct), $"GetStatementsBy{edge}");

    public Task<IReadOnlyList<Statement>> GetFirstStatementsByAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance>? stances, int limitPerKey, CancellationToken ct = default) =>
        Count(inner.GetFirstStatementsByAsync(edge, keys, stances, limitPerKey, ct), $"GetFirstStatementsBy{edge}");

    public Task<IReadOnlyList<Statement>> GetFirstStatementsByStanceAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance> stances, int limitPerKeyAndStance, CancellationToken ct = default) =>
        Count(inner.GetFirstStatementsByStanceAsync(edge, keys, stances, limitPerKeyAndStance, ct), $"GetFirstStatementsByStance{edge}");

    public Task<IReadOnlyList<ClaimStanceActor>> GetClaimStanceActorsAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct = default) =>
        Count(inner.GetClaimStanceActorsAsync(claimIds, ct));

    public Task<IReadOnlyList<ClaimLink>> GetClaimLinksAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct = default) => Count(inner.GetClaimLinksAsync(claimIds, ct));

    public Task<IReadOnlyList<Actor>> GetAffiliatesAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct = default) => Count(inner.GetAffiliatesAsync(actorIds, ct));

    public Task<IReadOnlyList<Contradiction>> GetContradictionsAsync(
        IReadOnlyCollection<string> actorIds, ContradictionDirection direction, int limitPerActor, CancellationToken ct = default) =>
        Count(inner.GetContradictionsAsync(actorIds, direction, limitPerActor, ct));

    public Task<IReadOnlyList<IReadOnlyList<Contradiction>>> GetContradictionsEachWayAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyList<ContradictionDirection> directions, int limitPerActor, CancellationToken ct = default) =>
        Count(inner.GetContradictionsEachWayAsync(actorIds, directions, limitPerActor, ct));

    public Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default) => Count(inner.QueryActorsAsync(query, Record(page), ct));

    public Task<Page<Claim>> QueryClaimsAsync(ClaimQuery query, PageRequest page, CancellationToken ct = default) => Count(inner.QueryClaimsAsync(query, Record(page), ct));

    public Task<Page<Source>> QuerySourcesAsync(SourceQuery query, PageRequest page, CancellationToken ct = default) => Count(inner.QuerySourcesAsync(query, Record(page), ct));

    public Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default) => Count(inner.QueryStatementsAsync(query, Record(page), ct));

    public Task<Page<ContestedClaim>> QueryContestedClaimsAsync(PageRequest page, CancellationToken ct = default) => Count(inner.QueryContestedClaimsAsync(Record(page), ct));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind> kinds, int limit, CancellationToken ct = default) => Count(inner.SearchAsync(text, kinds, limit, ct));

    public Task<IReadOnlyList<IReadOnlyList<SearchHit>>> SearchEachAsync(IReadOnlyList<string> texts, IReadOnlyCollection<NodeKind> kinds, int limit, CancellationToken ct = default) =>
        Count(inner.SearchEachAsync(texts, kinds, limit, ct));

    public Task<IReadOnlyList<SearchHit>> SearchAnyAsync(
        IReadOnlyList<string> texts, IReadOnlyCollection<NodeKind> kinds, int limit, int documentBudget, CancellationToken ct = default) =>
        Count(inner.SearchAnyAsync(texts, kinds, limit, documentBudget, ct));

    public Task<IReadOnlyList<Actor>> ActorsNamedAsync(IReadOnlyCollection<string> names, CancellationToken ct = default) =>
        Count(inner.ActorsNamedAsync(names, ct));

    public Task<IReadOnlyList<int>?> CountMatchesAsync(IReadOnlyList<string> texts, int cap, CancellationToken ct = default) =>
        Count(inner.CountMatchesAsync(texts, cap, ct));

    public Task<ClaimTermCounts?> CountClaimTermsAsync(IReadOnlyList<string> terms, CancellationToken ct = default) =>
        Count(inner.CountClaimTermsAsync(terms, ct));

    public Task<IReadOnlyList<string>> ClaimsWithTermsAsync(IReadOnlyList<ClaimTermProbe> probes, double minScore, int perProbe, CancellationToken ct = default) =>
        Count(inner.ClaimsWithTermsAsync(probes, minScore, perProbe, ct));

    public Task<GraphCounts> CountAsync(CancellationToken ct = default) => Count(inner.CountAsync(ct));

    public Task<IReadOnlyList<StatementCount>> CountStatementsAsync(StatementQuery filter, StatGrouping by, TimeBucket bucket, CancellationToken ct = default) =>
        Count(inner.CountStatementsAsync(filter, by, bucket, ct));

    public Task<IReadOnlyList<StanceCount>> CountStancesAsync(StatementQuery filter, CancellationToken ct = default) => Count(inner.CountStancesAsync(filter, ct));

    private PageRequest Record(PageRequest page)
    {
        PageRequests.Enqueue(page);
        return page;
    }

    public Task<T> WriteAsync<T>(Func<IClaimWriter, Task<T>> work, CancellationToken ct = default) => Count(inner.WriteAsync(work, ct));

    public Task<T> WriteWithCheckedReferencesAsync<T>(Func<IClaimWriter, Task<T>> work, CancellationToken ct = default) =>
        Count(inner.WriteWithCheckedReferencesAsync(work, ct));

    public Task<ImportCheckpoint?> GetImportCheckpointAsync(string key, CancellationToken ct = default) => Count(inner.GetImportCheckpointAsync(key, ct));

    public Task<bool> BeginBulkPhaseAsync(long records, CancellationToken ct = default) => Count(inner.BeginBulkPhaseAsync(records, ct));

    public async Task EndBulkPhaseAsync(CancellationToken ct = default) => await Count(Completed(inner.EndBulkPhaseAsync(ct)));

    private static async Task<bool> Completed(Task call)
    {
        await call;
        return true;
    }

    public Task<IReadOnlyList<ClaimGraph.Core.Auditing.WriteStamp>> GetWriteStampsAsync(NodeKind kind, IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Count(inner.GetWriteStampsAsync(kind, ids, ct));

    private Task<T> Count<T>(Task<T> call, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        _calls.AddOrUpdate(name, 1, (_, n) => n + 1);
        return call;
    }
}
