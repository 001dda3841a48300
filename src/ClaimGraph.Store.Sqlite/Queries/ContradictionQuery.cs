using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Records;

namespace ClaimGraph.Store.Sqlite.Queries;

/// <summary>
/// Statements by the given actors paired with other actors' statements that contradict them:
/// opposite polarity on the same claim, or the same non-zero polarity on a claim linked to it as
/// contradicting (either direction). Polarity 0 (demands) never contradicts.
/// </summary>
internal static class ContradictionQuery
{
    private static readonly string Sql = $"""
        WITH own AS (
            SELECT * FROM statements
            WHERE actor_id IN (SELECT value FROM json_each(@actors)) AND polarity <> 0)
        SELECT {StatementRows.Columns("own")}, {StatementRows.Columns("other")}, 0
        FROM own
        JOIN statements other
          ON other.claim_id = own.claim_id AND other.polarity = -own.polarity AND other.actor_id <> own.actor_id
        UNION
        SELECT {StatementRows.Columns("own")}, {StatementRows.Columns("other")}, 1
        FROM own
        JOIN claim_links l
          ON l.kind = 'Contradicts' AND l.from_claim_id <> l.to_claim_id
         AND (l.from_claim_id = own.claim_id OR l.to_claim_id = own.claim_id)
        JOIN statements other
          ON other.claim_id = CASE WHEN l.from_claim_id = own.claim_id THEN l.to_claim_id ELSE l.from_claim_id END
         AND other.polarity = own.polarity AND other.actor_id <> own.actor_id
        ORDER BY 1, {StatementRows.ColumnCount + 1};
        """;

    public static async Task<IReadOnlyList<Contradiction>> RunAsync(
        Session session, IReadOnlyCollection<string> actorIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        if (actorIds.Count == 0)
            return [];
        using var command = session.Command(Sql).WithJson("@actors", actorIds);
        return await command.ReadAllAsync(r => new Contradiction(
            StatementRows.Read(r),
            StatementRows.Read(r, StatementRows.ColumnCount),
            ViaLink: r.GetInt64(2 * StatementRows.ColumnCount) == 1), ct);
    }
}
