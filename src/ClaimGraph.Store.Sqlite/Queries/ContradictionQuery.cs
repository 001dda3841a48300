using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Records;

namespace ClaimGraph.Store.Sqlite.Queries;

/// <summary>
/// Statements by the given actors paired with other actors' statements that contradict them:
/// opposite polarity on the same claim, or the same non-zero polarity on a claim linked to it as
/// contradicting (either direction). Polarity 0 (demands) never contradicts.
/// </summary>
/// <remarks>
/// The pairs are first found as ids only (a popular claim gives tens of thousands), filtered by
/// direction and numbered per actor; only the kept ones are joined back to full statement rows.
/// </remarks>
internal static class ContradictionQuery
{
    private static readonly string Sql = $"""
        WITH own AS (
            SELECT id, actor_id, claim_id, polarity, stated_at FROM statements
            WHERE actor_id IN (SELECT value FROM json_each(@actors)) AND polarity <> 0),
        pairs AS (
            SELECT own.actor_id, own.id AS own_id, own.stated_at AS own_at,
                   other.actor_id AS other_actor, other.id AS other_id, other.stated_at AS other_at, 0 AS via_link
            FROM own
            JOIN statements other
              ON other.claim_id = own.claim_id AND other.polarity = -own.polarity AND other.actor_id <> own.actor_id
            UNION
            SELECT own.actor_id, own.id, own.stated_at, other.actor_id, other.id, other.stated_at, 1
            FROM own
            JOIN claim_links l
              ON l.kind = 'Contradicts' AND l.from_claim_id <> l.to_claim_id
             AND (l.from_claim_id = own.claim_id OR l.to_claim_id = own.claim_id)
            JOIN statements other
              ON other.claim_id = CASE WHEN l.from_claim_id = own.claim_id THEN l.to_claim_id ELSE l.from_claim_id END
             AND other.polarity = own.polarity AND other.actor_id <> own.actor_id),
        numbered AS (
            SELECT actor_id, own_id, other_actor, other_id, via_link,
                   ROW_NUMBER() OVER (PARTITION BY actor_id ORDER BY other_actor, own_id, other_id, via_link) AS n
            FROM pairs
            WHERE @direction = 0 OR own_at IS NULL OR other_at IS NULL
               OR (@direction = 1 AND own_at >= other_at) OR (@direction = 2 AND other_at >= own_at))
        SELECT {StatementRows.Columns("own")}, {StatementRows.Columns("other")}, k.via_link
        FROM numbered k
        JOIN statements own ON own.id = k.own_id
        JOIN statements other ON other.id = k.other_id
        WHERE k.n <= @limit
        ORDER BY k.actor_id, k.other_actor, k.own_id, k.other_id, k.via_link;
        """;

    public static async Task<IReadOnlyList<Contradiction>> RunAsync(
        Session session, IReadOnlyCollection<string> actorIds, ContradictionDirection direction, int limitPerActor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentOutOfRangeException.ThrowIfNegative(limitPerActor);
        if (actorIds.Count == 0 || limitPerActor == 0)
            return [];
        using var command = session.Command(Sql)
            .WithJson("@actors", actorIds)
            .With("@direction", (int)direction)
            .With("@limit", limitPerActor);
        return await command.ReadAllAsync(r => new Contradiction(
            StatementRows.Read(r),
            StatementRows.Read(r, StatementRows.ColumnCount),
            ViaLink: r.GetInt64(2 * StatementRows.ColumnCount) == 1), ct);
    }
}
