using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

/// <summary>
/// The default (in-memory) aggregates of <see cref="IClaimStore"/>, for stores without a GROUP BY of their own:
/// they page through the matching statements. The SQLite store overrides both with SQL.
/// </summary>
public static class StatementScan
{
    private const int PageSize = 1000;

    public static async Task<IReadOnlyList<StatementCount>> CountAsync(
        IClaimStore store, StatementQuery filter, StatGrouping by, TimeBucket bucket, CancellationToken ct)
    {
        var statements = await AllAsync(store, filter, ct);
        var published = by == StatGrouping.Time ? await PublishedAtAsync(store, statements, ct) : null;
        return statements
            .Select(s => (Key: KeyOf(s, by, bucket, published), s.Stance))
            .Where(k => by != StatGrouping.Time || k.Key is not null)
            .GroupBy(k => k)
            .Select(g => new StatementCount(g.Key.Key, g.Key.Stance, g.Count()))
            .ToList();
    }

    public static async Task<IReadOnlyList<StanceCount>> CountStancesAsync(IClaimStore store, StatementQuery filter, CancellationToken ct) =>
        (await AllAsync(store, filter, ct))
            .GroupBy(s => (s.ActorId, s.ClaimId, s.Stance))
            .Select(g => new StanceCount(g.Key.ActorId, g.Key.ClaimId, g.Key.Stance, g.Count()))
            .ToList();

    private static string? KeyOf(Statement s, StatGrouping by, TimeBucket bucket, IReadOnlyDictionary<string, DateTimeOffset?>? published) => by switch
    {
        StatGrouping.Actor => s.ActorId,
        StatGrouping.Source => s.SourceId,
        StatGrouping.Claim => s.ClaimId,
        StatGrouping.Time => (s.StatedAt ?? published!.GetValueOrDefault(s.SourceId)) is { } when ? TimeBuckets.StartOf(when, bucket) : null,
        _ => null,
    };

    private static async Task<IReadOnlyDictionary<string, DateTimeOffset?>> PublishedAtAsync(IClaimStore store, IReadOnlyList<Statement> statements, CancellationToken ct)
    {
        var ids = statements.Where(s => s.StatedAt is null).Select(s => s.SourceId).Distinct(StringComparer.Ordinal).ToList();
        var sources = ids.Count == 0 ? [] : await store.GetSourcesAsync(ids, ct);
        return sources.ToDictionary(s => s.Id, s => s.PublishedAt, StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<Statement>> AllAsync(IClaimStore store, StatementQuery filter, CancellationToken ct)
    {
        var all = new List<Statement>();
        string? after = null;
        while (true)
        {
            var page = await store.QueryStatementsAsync(filter, new PageRequest(PageSize, after), ct);
            all.AddRange(page.Items.Select(i => i.Node));
            if (!page.HasNextPage || page.Items.Count == 0)
                return all;
            after = page.Items[^1].Cursor;
        }
    }
}
