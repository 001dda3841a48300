using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

/// <summary>
/// The default (in-memory) per-parent limits and stance aggregates of <see cref="IClaimStore"/>, for stores without
/// a query of their own: they load every statement of the parents. The SQLite store overrides both with SQL.
/// </summary>
public static class StatementLimits
{
    public static async Task<IReadOnlyList<Statement>> FirstByAsync(
        IClaimStore store, StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance>? stances, int limitPerKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegative(limitPerKey);
        var all = await store.GetStatementsByAsync(edge, keys, ct);
        return all.Where(s => stances is null || stances.Contains(s.Stance))
            .GroupBy(s => KeyOf(edge, s), StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(s => s.Id, StringComparer.Ordinal).Take(limitPerKey))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One <see cref="IClaimStore.GetFirstStatementsByAsync"/> per stance, merged in id order.</summary>
    public static async Task<IReadOnlyList<Statement>> FirstByStanceAsync(
        IClaimStore store, StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance> stances, int limitPerKeyAndStance, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stances);
        var found = new List<Statement>();
        foreach (var stance in stances.Distinct())
            found.AddRange(await store.GetFirstStatementsByAsync(edge, keys, [stance], limitPerKeyAndStance, ct));
        return [.. found.OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    public static async Task<IReadOnlyList<ClaimStanceActor>> ClaimStanceActorsAsync(
        IClaimStore store, IReadOnlyCollection<string> claimIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (await store.GetStatementsByAsync(StatementEdge.Claim, claimIds, ct))
            .GroupBy(s => (s.ClaimId, s.Stance, s.ActorId))
            .Select(g => new ClaimStanceActor(g.Key.ClaimId, g.Key.Stance, g.Key.ActorId, g.Count(),
                g.Select(s => s.Id).Min(StringComparer.Ordinal)!))
            .OrderBy(c => c.ClaimId, StringComparer.Ordinal).ThenBy(c => c.FirstStatementId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The key of <paramref name="edge"/> on a statement.</summary>
    public static string? KeyOf(StatementEdge edge, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return edge switch
        {
            StatementEdge.Actor => statement.ActorId,
            StatementEdge.Claim => statement.ClaimId,
            StatementEdge.Source => statement.SourceId,
            StatementEdge.RelayedThrough => statement.RelayedThroughStatementId,
            StatementEdge.RelayedBy => statement.RelayedById,
            StatementEdge.OriginSource => statement.OriginSourceId,
            _ => null,
        };
    }
}
