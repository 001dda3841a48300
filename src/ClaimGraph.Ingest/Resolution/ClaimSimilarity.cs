using ClaimGraph.Core.Text;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>
/// How alike two propositions read: Dice overlap of their content words, folded (TextNormalizer),
/// stripped of the article and attached conjunctions (ArabicStemmer.MatchKey) and of common suffixes.
/// </summary>
public static class ClaimSimilarity
{
    private const int CacheLimit = 20_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> StoredTerms = new(StringComparer.Ordinal);

    /// <summary>How many stored claims are proposed for one extracted claim.</summary>
    public const int MaxCandidates = 3;

    /// <summary>The candidates to propose, best score first (ties by claim id), both resolution paths ranking alike.</summary>
    public static IReadOnlyList<ClaimCandidate> Best(IEnumerable<ClaimCandidate> candidates) =>
        candidates.OrderByDescending(c => c.Score).ThenBy(c => c.ClaimId, StringComparer.Ordinal).Take(MaxCandidates).ToList();

    /// <summary>
    /// <see cref="Terms"/> of a stored claim's text, remembered across articles (keyed by the text itself,
    /// so an edited claim is simply a new entry); the cache is emptied when it grows past its limit.
    /// The sets are shared: read them, never change them.
    /// </summary>
    public static HashSet<string> StoredClaimTerms(string text)
    {
        if (StoredTerms.Count > CacheLimit)
            StoredTerms.Clear();
        return StoredTerms.GetOrAdd(text, Terms);
    }

    /// <summary>A text's terms: <see cref="ClaimTerms.Of"/>, the one definition the SQLite store's claim_terms table is filled by too.</summary>
    public static HashSet<string> Terms(string text) => ClaimTerms.Of(text);

    /// <summary>
    /// A term in more of the store's claims than this (a stop word of that store) proposes no stored claim by itself, on both
    /// resolution paths; it still counts in the score of a claim found through a rarer term.
    /// </summary>
    public static int CommonTermLimit(long claims) => (int)Math.Min(int.MaxValue, Math.Max(1_000, claims / 50));

    /// <summary>
    /// How many of a claim's <paramref name="termCount"/> terms, the rarest first, must be probed so that every stored claim scoring
    /// <paramref name="threshold"/> shares one of them: all but the m − 1 commonest, where m is the fewest terms such a claim shares.
    /// </summary>
    public static int ProbedTermCount(int termCount, double threshold)
    {
        var t = Math.Max(threshold - 0.0005, 0.01);
        var m = Math.Max(1, (int)Math.Ceiling(t * termCount / (2 - t) - 1e-9));
        return termCount - (m - 1);
    }

    public static double Score(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>The share of the smaller set found in the larger one.</summary>
    public static double Containment(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        return (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
    }
}
