using System.Text.Json;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Records;

namespace ClaimGraph.Store.Sqlite.Queries;

/// <summary>Nested lists with a per-parent limit, and the per-claim stance aggregates that replace loading every statement.</summary>
internal static class StatementLimitQueries
{
    private const string ClaimStanceActorsSql = """
        SELECT s.claim_id, s.stance, s.actor_id, COUNT(*), MIN(s.id) AS first_id
        FROM statements s
        WHERE s.claim_id IN (SELECT value FROM json_each(@keys))
        GROUP BY s.claim_id, s.stance, s.actor_id
        ORDER BY s.claim_id, first_id
        """;

    /// <summary>
    /// One correlated LIMIT per key: with the (column, id) indexes the work per parent is bounded by the limit,
    /// not by how many statements the parent has (a window function would still number them all).
    /// </summary>
    private static string FirstBySql(string column) => $"""
        SELECT {StatementRows.Columns("s")}
        FROM json_each(@keys) k
        JOIN statements s ON s.id IN (
            SELECT f.id FROM statements f
            WHERE f.{column} = k.value AND (@stances IS NULL OR f.stance IN (SELECT value FROM json_each(@stances)))
            ORDER BY f.id LIMIT @limit)
        ORDER BY s.id
        """;

    /// <summary>As <see cref="FirstBySql"/>, with one correlated LIMIT per key and stance.</summary>
    private static string FirstByStanceSql(string column) => $"""
        SELECT {StatementRows.Columns("s")}
        FROM json_each(@keys) k CROSS JOIN json_each(@stances) st
        JOIN statements s ON s.id IN (
            SELECT f.id FROM statements f
            WHERE f.{column} = k.value AND f.stance = st.value
            ORDER BY f.id LIMIT @limit)
        ORDER BY s.id
        """;

    public static async Task<IReadOnlyList<Statement>> FirstByStanceAsync(
        Session session, StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance> stances, int limitPerKeyAndStance, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(stances);
        ArgumentOutOfRangeException.ThrowIfNegative(limitPerKeyAndStance);
        if (keys.Count == 0 || limitPerKeyAndStance == 0 || stances.Count == 0)
            return [];
        var command = session.Prepared(FirstByStanceSql(StatementColumns.For(edge)))
            .WithJson("@keys", keys.Distinct(StringComparer.Ordinal))
            .WithJson("@stances", stances.Distinct().Select(s => s.ToString()))
            .With("@limit", limitPerKeyAndStance);
        return await command.ReadAllAsync(r => StatementRows.Read(r), ct);
    }

    public static async Task<IReadOnlyList<Statement>> FirstByAsync(
        Session session, StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance>? stances, int limitPerKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfNegative(limitPerKey);
        if (keys.Count == 0 || limitPerKey == 0 || stances is { Count: 0 })
            return [];
        var command = session.Prepared(FirstBySql(StatementColumns.For(edge)))
            .WithJson("@keys", keys.Distinct(StringComparer.Ordinal))
            .With("@stances", stances is null ? null : JsonSerializer.Serialize(stances.Select(s => s.ToString())))
            .With("@limit", limitPerKey);
        return await command.ReadAllAsync(r => StatementRows.Read(r), ct);
    }

    public static async Task<IReadOnlyList<ClaimStanceActor>> ClaimStanceActorsAsync(
        Session session, IReadOnlyCollection<string> claimIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        if (claimIds.Count == 0)
            return [];
        var command = session.Prepared(ClaimStanceActorsSql).WithJson("@keys", claimIds);
        return await command.ReadAllAsync(r => new ClaimStanceActor(
            r.GetString(0), Enum.Parse<Stance>(r.GetString(1)), r.GetString(2), r.GetInt32(3), r.GetString(4)), ct);
    }
}
