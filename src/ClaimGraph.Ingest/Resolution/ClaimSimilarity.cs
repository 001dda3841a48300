using ClaimGraph.Core.Text;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>
/// How alike two propositions read: Dice overlap of their content words, folded (TextNormalizer),
/// stripped of the article and attached conjunctions (ArabicStemmer.MatchKey) and of common suffixes.
/// </summary>
public static class ClaimSimilarity
{
    private static readonly HashSet<string> StopWords =
    [
        "في", "من", "علي", "الي", "عن", "ان", "مع", "او", "ما", "لا", "هذا", "هذه", "التي", "الذي", "كان", "قد", "بعد", "قبل", "خلال", "كل", "بين",
        "the", "a", "an", "of", "to", "in", "on", "and", "for", "that", "is", "was", "were", "has", "have", "had", "by", "with", "at", "as", "it",
        "its", "be", "been", "would", "will", "this", "from", "their", "they", "he", "she", "his", "her", "or", "not",
    ];

    private static readonly string[] ArabicSuffixes = ["ون", "ين", "ات", "ها", "هم", "يه"];
    private static readonly string[] EnglishSuffixes = ["ing", "ed", "es", "s"];

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

    public static HashSet<string> Terms(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in TextNormalizer.Tokens(text))
        {
            if (StopWords.Contains(token))
                continue;
            var stem = Suffixless(ArabicStemmer.MatchKey(token));
            if (stem.Length >= 2 && !StopWords.Contains(stem))
                set.Add(stem);
        }

        return set;
    }

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

    private static string Suffixless(string s)
    {
        if (s.Length >= 5 && (s[0] is >= '\u0620' and <= '\u064A'))
        {
            foreach (var suffix in ArabicSuffixes)
                if (s.EndsWith(suffix, StringComparison.Ordinal))
                    return s[..^suffix.Length];
        }

        if (s.Length >= 4 && s[^1] == 'ه' && s[0] is >= '\u0620' and <= '\u064A')
            return s[..^1];
        if (s.Length >= 5 && s[0] is >= 'a' and <= 'z')
        {
            foreach (var suffix in EnglishSuffixes)
                if (s.EndsWith(suffix, StringComparison.Ordinal))
                    return s[..^suffix.Length];
        }

        return s;
    }
}
