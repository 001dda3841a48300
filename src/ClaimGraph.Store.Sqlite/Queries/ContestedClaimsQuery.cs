using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Paging;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Queries;

internal static class ContestedClaimsQuery
{
    // claim_sides is kept by triggers (migration 003); the ORDER BY expressions match its partial index.
    private const string Contested = """
        WITH contested AS (
            SELECT claim_id AS id, supporting, denying, min(supporting, denying) AS score, supporting + denying AS total
            FROM claim_sides
            WHERE supporting > 0 AND denying > 0)
        """;

    /// <summary>Ranked by the smaller side, then both sides together, then claim id; the page's sort order does not apply.</summary>
    public static PagedSql Build() => new(
        "Contested",
        "c.id, c.supporting, c.denying",
        "contested c",
        "c.id",
        new SqlFilter(),
        [new("c.score", Descending: true), new("c.total", Descending: true)],
        Contested);

    public static ContestedClaim Read(SqliteDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetInt32(2));
}
