using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Core.Services;

/// <summary>Aggregates for dashboard charts, counted by the store (GROUP BY) rather than by loading statements.</summary>
public sealed class DashboardStats(IClaimStore store)
{
    public const int MaxMatrixSide = 500;

    /// <summary>Statement counts per group and stance. Groups are ordered by size (time buckets by date, stances by the vocabulary's order).</summary>
    public async Task<IReadOnlyList<StatBucket>> StatementStatsAsync(StatementQuery filter, StatGrouping by, TimeBucket bucket, CancellationToken ct = default)
    {
        CheckRange(filter);
        var counts = await store.CountStatementsAsync(filter, by, bucket, ct);
        var labels = await LabelsAsync(by, counts.Select(c => c.Key).OfType<string>().Distinct(StringComparer.Ordinal).ToList(), ct);
        var totals = counts.GroupBy(c => c.Key ?? "").ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);
        var ordered = by switch
        {
            StatGrouping.Stance => counts.OrderBy(c => c.Stance),
            StatGrouping.Time => counts.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Stance),
            _ => counts.OrderByDescending(c => totals[c.Key ?? ""]).ThenBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Stance),
        };
        return ordered.Select(c => new StatBucket(
            KeyOf(by, c.Key),
            c.Key is null ? EnumNames.Screaming(c.Stance) : labels.GetValueOrDefault(c.Key, c.Key),
            c.Stance,
            c.Count)).ToList();
    }

    public async Task<StanceMatrix> StanceMatrixAsync(StatementQuery filter, int actorLimit, int claimLimit, CancellationToken ct = default)
    {
        CheckRange(filter);
        if (actorLimit < 1 || actorLimit > MaxMatrixSide)
            throw ClaimGraphException.Invalid("actorLimit", $"actorLimit must be between 1 and {MaxMatrixSide}.");
        if (claimLimit < 1 || claimLimit > MaxMatrixSide)
            throw ClaimGraphException.Invalid("claimLimit", $"claimLimit must be between 1 and {MaxMatrixSide}.");

        var counts = await store.CountStancesAsync(filter, ct);
        var actorIds = Top(counts, c => c.ActorId, actorLimit);
        var claimIds = Top(counts, c => c.ClaimId, claimLimit);
        var actorRank = actorIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var claimRank = claimIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var cells = counts.Where(c => actorRank.ContainsKey(c.ActorId) && claimRank.ContainsKey(c.ClaimId))
            .OrderBy(c => actorRank[c.ActorId]).ThenBy(c => claimRank[c.ClaimId]).ThenBy(c => c.Stance)
            .Select(c => new StanceCell(GraphSliceIds.Of(NodeKind.Actor, c.ActorId), GraphSliceIds.Of(NodeKind.Claim, c.ClaimId), c.Stance, c.Count))
            .ToList();
        var actors = actorIds.Count == 0 ? [] : (await store.GetActorsAsync(actorIds, ct)).OrderBy(a => actorRank[a.Id]).ToList();
        var claims = claimIds.Count == 0 ? [] : (await store.GetClaimsAsync(claimIds, ct)).OrderBy(c => claimRank[c.Id]).ToList();
        return new StanceMatrix(actors, claims, cells);
    }

    private static List<string> Top(IEnumerable<StanceCount> counts, Func<StanceCount, string> key, int limit) =>
        counts.GroupBy(key, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Total: g.Sum(c => c.Count)))
            .OrderByDescending(g => g.Total).ThenBy(g => g.Id, StringComparer.Ordinal)
            .Take(limit).Select(g => g.Id).ToList();

    private async Task<IReadOnlyDictionary<string, string>> LabelsAsync(StatGrouping by, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
            return new Dictionary<string, string>();
        return by switch
        {
            StatGrouping.Actor => (await store.GetActorsAsync(keys, ct)).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal),
            StatGrouping.Claim => (await store.GetClaimsAsync(keys, ct)).ToDictionary(c => c.Id, c => c.Text, StringComparer.Ordinal),
            StatGrouping.Source => (await store.GetSourcesAsync(keys, ct)).ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal),
            _ => keys.ToDictionary(k => k, k => k, StringComparer.Ordinal),
        };
    }

    private static string? KeyOf(StatGrouping by, string? key) => key is null ? null : by switch
    {
        StatGrouping.Actor => GraphSliceIds.Of(NodeKind.Actor, key),
        StatGrouping.Claim => GraphSliceIds.Of(NodeKind.Claim, key),
        StatGrouping.Source => GraphSliceIds.Of(NodeKind.Source, key),
        _ => key,
    };

    private static void CheckRange(StatementQuery filter)
    {
        if (filter.From is { } from && filter.To is { } to && from > to)
            throw ClaimGraphException.Invalid("filter.to", "The time range ends before it starts: 'to' must not be earlier than 'from'.");
    }
}
