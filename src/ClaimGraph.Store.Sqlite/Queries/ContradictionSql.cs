using ClaimGraph.Store.Sqlite.Records;

namespace ClaimGraph.Store.Sqlite.Queries;

/// <summary>
/// The index probes <see cref="ContradictionQuery"/> runs. Each is constant SQL, prepared once per read connection.
/// @own_at is the own statement's stated_at as stored (text or null), @actor the asked actor.
/// </summary>
internal static class ContradictionSql
{
    /// <summary>The asked actor's statements that take a side, by id (the (actor_id, id) index), read only as far as needed.</summary>
    public static readonly string Own = $"""
        SELECT {StatementRows.Columns("s")}, s.polarity FROM statements s
        WHERE s.actor_id = @actor AND s.polarity <> 0
        ORDER BY s.id;
        """;

    /// <summary>
    /// Same claim, opposite polarity, in one direction: the first @limit in answer order (other actor, then id), which
    /// is ix_statements_claim_order's order under (claim_id, polarity), so SQLite stops at the limit.
    /// </summary>
    public static readonly string Same = $"""
        SELECT {StatementRows.Columns("t")} FROM statements t INDEXED BY ix_statements_claim_order
        WHERE t.claim_id = @claim AND t.polarity = @polarity AND t.actor_id <> @actor AND {Direction}
        ORDER BY t.actor_id, t.id
        LIMIT @limit;
        """;

    /// <summary>
    /// Via a Contradicts link (either way), same polarity, for every asked direction at once: the linked claims' statements
    /// up to (@last_actor, @last_id) (x'ff', a blob, sorts after all text: no bound), each with whether it is kept one way
    /// and the other. The inner LIMIT @cap (no ORDER BY) stops reading after @cap rows; a caller that gets @cap rows back
    /// cannot tell whether it saw all of them and asks <see cref="ViaPerLink"/> instead.
    /// </summary>
    public static readonly string Via = $"""
        SELECT actor_id, id, seq, later, earlier FROM (
            {ViaBranch("from_claim_id", "to_claim_id")}
            UNION
            {ViaBranch("to_claim_id", "from_claim_id")}
            LIMIT @cap)
        ORDER BY actor_id, id;
        """;

    /// <summary>
    /// Like <see cref="Via"/>, in one direction, with at most @limit statements per link (in answer order): the reads are
    /// bounded by the links, however busy the linked claims are.
    /// </summary>
    public static readonly string ViaPerLink = $"""
        {ViaPerLinkBranch("from_claim_id", "to_claim_id")}
        UNION
        {ViaPerLinkBranch("to_claim_id", "from_claim_id")}
        ORDER BY 1, 2
        LIMIT @limit;
        """;

    /// <summary>
    /// For <see cref="ViaPrefixCache"/>: the first @length + 1 statements of @polarity, in answer order, on the claims linked
    /// to @claim as contradicting (either way), whoever said them and whenever (at most @length + 1 from each link).
    /// </summary>
    public static readonly string ViaPrefix = $"""
        SELECT actor_id, id, seq, stated_at FROM (
            {ViaPrefixBranch("from_claim_id", "to_claim_id")}
            UNION
            {ViaPrefixBranch("to_claim_id", "from_claim_id")})
        ORDER BY actor_id, id
        LIMIT @length + 1;
        """;

    /// <summary>How many Contradicts links touch @claim (either way), counting to @at_least at most on each side.</summary>
    public const string AtLeastLinks = """
        SELECT (SELECT count(*) FROM (SELECT 1 FROM claim_links WHERE from_claim_id = @claim AND kind = 'Contradicts' LIMIT @at_least))
             + (SELECT count(*) FROM (SELECT 1 FROM claim_links WHERE to_claim_id = @claim AND kind = 'Contradicts' LIMIT @at_least));
        """;

    /// <summary>Statements by seq (the kept via-link pairs' other side).</summary>
    public static readonly string BySeq = $"""
        SELECT {StatementRows.Columns("t")}, t.seq FROM statements t
        WHERE t.seq IN (SELECT value FROM json_each(@seqs));
        """;

    private const string Later = "(@own_at IS NULL OR t.stated_at IS NULL OR @own_at >= t.stated_at)";

    private const string Earlier = "(@own_at IS NULL OR t.stated_at IS NULL OR t.stated_at >= @own_at)";

    private const string Direction = $"(@direction = 0 OR (@direction = 1 AND {Later}) OR (@direction = 2 AND {Earlier}))";

    private static string ViaBranch(string ownSide, string otherSide) => $"""
        SELECT t.actor_id, t.id, t.seq, {Later} AS later, {Earlier} AS earlier
            FROM claim_links l CROSS JOIN statements t INDEXED BY ix_statements_claim_order
            WHERE l.{ownSide} = @claim AND l.kind = 'Contradicts' AND l.{otherSide} <> @claim
              AND t.claim_id = l.{otherSide} AND t.polarity = @polarity AND t.actor_id <> @actor
              AND (t.actor_id, t.id) <= (@last_actor, @last_id)
              AND (@any OR (@later AND {Later}) OR (@earlier AND {Earlier}))
        """;

    private static string ViaPrefixBranch(string ownSide, string otherSide) => $"""
        SELECT t.actor_id, t.id, t.seq, t.stated_at
            FROM claim_links l CROSS JOIN statements t
            WHERE l.{ownSide} = @claim AND l.kind = 'Contradicts' AND l.{otherSide} <> @claim
              AND t.seq IN (
                  SELECT t.seq FROM statements t INDEXED BY ix_statements_claim_order
                  WHERE t.claim_id = l.{otherSide} AND t.polarity = @polarity
                  ORDER BY t.actor_id, t.id
                  LIMIT @length + 1)
        """;

    private static string ViaPerLinkBranch(string ownSide, string otherSide) => $"""
        SELECT t.actor_id, t.id, t.seq
            FROM claim_links l CROSS JOIN statements t
            WHERE l.{ownSide} = @claim AND l.kind = 'Contradicts' AND l.{otherSide} <> @claim
              AND t.seq IN (
                  SELECT t.seq FROM statements t INDEXED BY ix_statements_claim_order
                  WHERE t.claim_id = l.{otherSide} AND t.polarity = @polarity AND t.actor_id <> @actor AND {Direction}
                    AND (t.actor_id, t.id) <= (@last_actor, @last_id)
                  ORDER BY t.actor_id, t.id
                  LIMIT @limit)
        """;
}
