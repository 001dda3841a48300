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
/// other statement id, same-claim before via-link. The work is bounded by the pairs kept, not by all
/// pairs (a statement on the busiest claim has tens of thousands):
/// <list type="bullet">
/// <item>Same claim: a nested loop that yields pairs in answer order (own statements by the
/// (actor_id, id) index, the other side by ix_statements_claim_order, whose (actor_id, id) order under
/// (claim_id, polarity) is the answer's) and stops at the limit. o.seq after o.id in the ORDER BY tells
/// SQLite that each own statement is one row, so the inner index order carries through.</item>
/// <item>Via a link (one branch per link direction): only own statements up to the last one the
/// same-claim pairs reached when they filled the limit (later ones cannot make the cut; x'ff', a blob,
/// sorts after every text id), and per link at most the limit of the other claim's statements, in answer
/// order, so sorting one own statement's via pairs stays small however busy the linked claims are. For that
/// last own statement, only other statements up to the last same-claim pair kept (other actor, then id), since
/// anything after it already has the limit's worth of pairs before it: the busiest claim has 289 links, each of
/// which would otherwise give its full limit of candidates to sort.</item>
/// </list>
/// SQLite merges the branches (UNION also drops a pair reached through links in both directions).
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
        same AS MATERIALIZED (
            SELECT o.id AS own_id, o.seq AS own_seq, t.actor_id AS other_actor, t.id AS other_id, 0 AS via_link
            FROM own o CROSS JOIN statements t INDEXED BY ix_statements_claim_order
            WHERE t.claim_id = o.claim_id AND t.polarity = -o.polarity AND t.actor_id <> o.actor_id AND {Direction}
            ORDER BY 1, 2, 3, 4
            LIMIT @limit),
        bound AS (SELECT CASE WHEN count(*) = @limit THEN max(own_id) END AS last_own FROM same),
        last AS MATERIALIZED (
            SELECT own_id AS last_own, other_actor AS last_actor, other_id AS last_other FROM same
            WHERE own_id = (SELECT last_own FROM bound)
            ORDER BY other_actor DESC, other_id DESC
            LIMIT 1),
        kept AS (
            SELECT * FROM same
            UNION
            {Via("from_claim_id", "to_claim_id")}
            UNION
            {Via("to_claim_id", "from_claim_id")}
            ORDER BY 1, 2, 3, 4, 5
            LIMIT @limit)
        SELECT {StatementRows.Columns("own")}, {StatementRows.Columns("other")}, k.via_link
        FROM kept k
        JOIN statements own ON own.seq = k.own_seq
        JOIN statements other ON other.id = k.other_id
        ORDER BY k.own_id, k.other_actor, k.other_id, k.via_link;
        """;

    private static string Via(string ownSide, string otherSide) => $"""
        SELECT o.id, o.seq, t.actor_id, t.id, 1
            FROM own o LEFT JOIN last b ON b.last_own = o.id
                 CROSS JOIN claim_links l CROSS JOIN statements t INDEXED BY ix_statements_claim_order
            WHERE o.id <= coalesce((SELECT last_own FROM bound), x'ff')
              AND l.{ownSide} = o.claim_id AND l.kind = 'Contradicts' AND l.{otherSide} <> o.claim_id
              AND t.claim_id = l.{otherSide} AND t.polarity = o.polarity
              AND (t.actor_id, t.id) IN (
                  SELECT t.actor_id, t.id FROM statements t INDEXED BY ix_statements_claim_order -- this t hides the outer one: Direction reads it
                  WHERE t.claim_id = l.{otherSide} AND t.polarity = o.polarity AND t.actor_id <> o.actor_id AND {Direction}
                    AND t.actor_id <= coalesce(b.last_actor, x'ff')
                    AND (t.actor_id < coalesce(b.last_actor, x'ff') OR t.id <= coalesce(b.last_other, x'ff'))
                  ORDER BY t.actor_id, t.id
                  LIMIT @limit)
        """;

    public static async Task<IReadOnlyList<Contradiction>> RunAsync(
        Session session, IReadOnlyCollection<string> actorIds, ContradictionDirection direction, int limitPerActor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentOutOfRangeException.ThrowIfNegative(limitPerActor);
        if (actorIds.Count == 0 || limitPerActor == 0)
            return [];

        var command = session.Prepared(Sql)
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
