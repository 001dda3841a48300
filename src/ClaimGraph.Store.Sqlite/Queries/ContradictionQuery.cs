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
/// One statement per asked actor, ordered and cut as the port says: own statement id, other actor,
/// other statement id, same-claim before via-link. Each branch is a nested loop that yields its
/// pairs in that order (own statements by the (actor_id, id) index, the other side by
/// ix_statements_claim_order, whose (actor_id, id) order under (claim_id, polarity) is the answer's),
/// SQLite merges the three branches and stops at the limit: the work is bounded by the pairs kept
/// and the statements skipped on the way, not by all pairs (a busy claim gives tens of thousands).
/// A via-link branch sorts only the pairs of one own statement at a time ("right part of ORDER BY").
/// o.seq after o.id tells SQLite each own statement is one row, so the inner order carries through.
/// </remarks>
internal static class ContradictionQuery
{
    private const string Direction = """
        (@direction = 0 OR o.stated_at IS NULL OR t.stated_at IS NULL
         OR (@direction = 1 AND o.stated_at >= t.stated_at) OR (@direction = 2 AND t.stated_at >= o.stated_at))
        """;

    private static readonly string Sql = $"""
        WITH own AS NOT MATERIALIZED (
            SELECT id, seq, actor_id, claim_id, polarity, stated_at FROM statements WHERE actor_id = @actor AND polarity <> 0),
        kept AS (
            SELECT o.id AS own_id, o.seq AS own_seq, t.actor_id AS other_actor, t.id AS other_id, 0 AS via_link
            FROM own o CROSS JOIN statements t INDEXED BY ix_statements_claim_order
            WHERE t.claim_id = o.claim_id AND t.polarity = -o.polarity AND t.actor_id <> o.actor_id AND {Direction}
            UNION
            SELECT o.id, o.seq, t.actor_id, t.id, 1
            FROM own o CROSS JOIN claim_links l CROSS JOIN statements t INDEXED BY ix_statements_claim_order
            WHERE l.from_claim_id = o.claim_id AND l.kind = 'Contradicts' AND l.to_claim_id <> o.claim_id
              AND t.claim_id = l.to_claim_id AND t.polarity = o.polarity AND t.actor_id <> o.actor_id AND {Direction}
            UNION
            SELECT o.id, o.seq, t.actor_id, t.id, 1
            FROM own o CROSS JOIN claim_links l CROSS JOIN statements t INDEXED BY ix_statements_claim_order
            WHERE l.to_claim_id = o.claim_id AND l.kind = 'Contradicts' AND l.from_claim_id <> o.claim_id
              AND t.claim_id = l.from_claim_id AND t.polarity = o.polarity AND t.actor_id <> o.actor_id AND {Direction}
            ORDER BY 1, 2, 3, 4, 5
            LIMIT @limit)
        SELECT {StatementRows.Columns("own")}, {StatementRows.Columns("other")}, k.via_link
        FROM kept k
        JOIN statements own ON own.seq = k.own_seq
        JOIN statements other ON other.id = k.other_id
        ORDER BY k.own_id, k.other_actor, k.other_id, k.via_link;
        """;

    public static async Task<IReadOnlyList<Contradiction>> RunAsync(
        Session session, IReadOnlyCollection<string> actorIds, ContradictionDirection direction, int limitPerActor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentOutOfRangeException.ThrowIfNegative(limitPerActor);
        if (actorIds.Count == 0 || limitPerActor == 0)
            return [];

        using var command = session.Command(Sql)
            .With("@actor", "")
            .With("@direction", (int)direction)
            .With("@limit", limitPerActor);
        var found = new List<Contradiction>();
        // One run per actor, in actor id order: each stops at its own limit. The command is prepared once.
        foreach (var actorId in actorIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            command.Parameters["@actor"].Value = actorId;
            found.AddRange(await command.ReadAllAsync(r => new Contradiction(
                StatementRows.Read(r),
                StatementRows.Read(r, StatementRows.ColumnCount),
                ViaLink: r.GetInt64(2 * StatementRows.ColumnCount) == 1), ct));
        }

        return found;
    }
}
