using System.Globalization;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Paging;

namespace ClaimGraph.Store.Sqlite.Terms;

/// <summary>
/// <see cref="IClaimStore.CountClaimTermsAsync"/> and <see cref="IClaimStore.ClaimsWithTermsAsync"/> over claim_terms:
/// a term's claims are one primary-key look-up in claim_term_counts, its holders one range of claim_terms' key, each
/// row carrying its claim's term count so that a holder's best possible score is known without reading the claim.
/// </summary>
internal static class ClaimTermQueries
{
    private const string ClaimsKey = "claim_terms:claims";

    private const string Counts = """
        SELECT coalesce((SELECT c.claims FROM claim_term_counts c WHERE c.term = j.value), 0)
        FROM json_each(@terms) j ORDER BY j.key;
        """;

    private const string ClaimTotal = "SELECT count(*) FROM claims;";

    // Per probe and stored claim, the probed terms they share (x); a claim that cannot reach @min even holding all of the probe's
    // other terms (2(x + others) / (probe's terms + the claim's terms)) is dropped, the rest are checked for those other terms (a
    // primary-key look-up each) and scored; the best @per of each probe are kept. @probes: [[probed], [others], term count] each.
    private const string Holders = """
        WITH p (probe, term, terms, others) AS MATERIALIZED (
            SELECT j.key, t.value, j.value ->> 2, json_array_length(j.value, '$[1]')
            FROM json_each(@probes) j, json_each(j.value, '$[0]') t),
        o (probe, term) AS MATERIALIZED (
            SELECT j.key, t.value FROM json_each(@probes) j, json_each(j.value, '$[1]') t),
        shared (probe, claim_id, x, total) AS (
            SELECT p.probe, t.claim_id, count(*), p.terms + t.terms
            FROM p JOIN claim_terms t ON t.term = p.term
            GROUP BY p.probe, t.claim_id
            HAVING 2.0 * (count(*) + p.others) / (p.terms + t.terms) >= @min),
        scored (probe, claim_id, score) AS MATERIALIZED (
            SELECT s.probe, s.claim_id, 2.0 * (s.x + (
                SELECT count(*) FROM o WHERE o.probe = s.probe
                AND EXISTS (SELECT 1 FROM claim_terms c WHERE c.term = o.term AND c.claim_id = s.claim_id))) / s.total
            FROM shared s),
        ranked (claim_id, r) AS (
            SELECT claim_id, row_number() OVER (PARTITION BY probe ORDER BY round(score, 3) DESC, claim_id)
            FROM scored WHERE score >= @min)
        SELECT DISTINCT claim_id FROM ranked WHERE r <= @per ORDER BY claim_id;
        """;

    public static async Task<ClaimTermCounts?> CountAsync(Session session, IReadOnlyList<string> terms, CountCache totals, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(terms);
        IReadOnlyList<int> counts = [];
        if (terms.Count > 0)
        {
            using var command = session.Command(Counts).WithJson("@terms", terms);
            counts = await command.ReadAllAsync(r => r.GetInt32(0), ct);
        }

        return new ClaimTermCounts(await ClaimsAsync(session, totals, ct), counts);
    }

    public static async Task<IReadOnlyList<string>> HoldersAsync(
        Session session, IReadOnlyList<ClaimTermProbe> probes, double minScore, int perProbe, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(probes);
        if (!probes.Any(p => p.Probed.Count > 0) || perProbe <= 0)
            return [];
        using var command = session.Command(Holders).WithJson("@probes", probes.Select(p => new object[] { p.Probed, p.Others, p.TermCount })).With("@min", minScore).With("@per", perProbe);
        return await command.ReadAllAsync(r => r.GetString(0), ct);
    }

    // The number of claims, counted once per database version (a scan of the smallest claims index: a few ms at 125,000 claims).
    private static async Task<long> ClaimsAsync(Session session, CountCache totals, CancellationToken ct)
    {
        var version = totals.Version();
        if (version is { } v && totals.TryGet(ClaimsKey, v, out var kept))
            return kept;
        // Prepared commands are kept by the read connection: not disposed here.
        var total = Convert.ToInt32(await session.Prepared(ClaimTotal).ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        if (version is { } read && totals.Version() == read)
            totals.Set(ClaimsKey, read, total);
        return total;
    }
}
