using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Paging;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Queries;

/// <summary>Statement counts by a group and stance, and the actor × claim stance counts: GROUP BY over the filtered statements.</summary>
internal static class StatementStatsQuery
{
    public static async Task<IReadOnlyList<StatementCount>> CountAsync(
        Session session, StatementQuery query, StatGrouping by, TimeBucket bucket, CancellationToken ct)
    {
        var filter = StatementQueries.Build(query, SortOrder.Default).Filter;
        var key = by switch
        {
            StatGrouping.Actor => "s.actor_id",
            StatGrouping.Source => "s.source_id",
            StatGrouping.Claim => "s.claim_id",
            StatGrouping.Time => BucketStart(bucket),
            _ => "NULL",
        };
        var dated = by == StatGrouping.Time ? new[] { "s.effective_at IS NOT NULL" } : [];
        var command = Command(session, $"""
            SELECT {key} AS k, s.stance, COUNT(*) FROM statements s
            WHERE {filter.Where(dated)}
            GROUP BY k, s.stance
            """, filter);
        return await command.ReadAllAsync(r => new StatementCount(
            r.IsDBNull(0) ? null : r.GetString(0), Enum.Parse<Stance>(r.GetString(1)), r.GetInt32(2)), ct);
    }

    public static async Task<IReadOnlyList<StanceCount>> CountStancesAsync(Session session, StatementQuery query, CancellationToken ct)
    {
        var filter = StatementQueries.Build(query, SortOrder.Default).Filter;
        var command = Command(session, $"""
            SELECT s.actor_id, s.claim_id, s.stance, COUNT(*) FROM statements s
            WHERE {filter.Where()}
            GROUP BY s.actor_id, s.claim_id, s.stance
            """, filter);
        return await command.ReadAllAsync(r => new StanceCount(
            r.GetString(0), r.GetString(1), Enum.Parse<Stance>(r.GetString(2)), r.GetInt32(3)), ct);
    }

    // effective_at is fixed-width UTC text (yyyy-MM-ddTHH:mm:ss...Z); weeks start on Monday.
    private static string BucketStart(TimeBucket bucket) => bucket switch
    {
        TimeBucket.Week => "date(substr(s.effective_at, 1, 10), '-6 days', 'weekday 1')",
        TimeBucket.Month => "substr(s.effective_at, 1, 7) || '-01'",
        TimeBucket.Year => "substr(s.effective_at, 1, 4) || '-01-01'",
        _ => "substr(s.effective_at, 1, 10)",
    };

    private static SqliteCommand Command(Session session, string sql, SqlFilter filter)
    {
        var command = session.Prepared(sql);
        foreach (var (name, value) in filter.Parameters)
            command.With(name, value);
        return command;
    }
}
