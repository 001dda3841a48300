namespace ClaimGraph.Core.Text;

/// <summary>
/// The terms a claim's text is compared and indexed by: its content words, folded (<see cref="TextNormalizer"/>), stripped of
/// the article and attached conjunctions (<see cref="ArabicStemmer.MatchKey"/>) and of common suffixes, stop words left out.
/// One definition for the bulk resolution index, the Dice score and the SQLite store's claim_terms table, so they agree term
/// for term; a change here changes what stored claim_terms rows mean (a store then needs them rebuilt by a migration).
/// </summary>
public static class ClaimTerms
{
    private static readonly HashSet<string> StopWords =
    [
        "في", "من", "علي", "الي", "عن", "ان", "مع", "او", "ما", "لا", "هذا", "هذه", "التي", "الذي", "كان", "قد", "بعد", "قبل", "خلال", "كل", "بين",
        "the", "a", "an", "of", "to", "in", "on", "and", "for", "that", "is", "was", "were", "has", "have", "had", "by", "with", "at", "as", "it",
        "its", "be", "been", "would", "will", "this", "from", "their", "they", "he", "she", "his", "her", "or", "not",
    ];

    private static readonly string[] ArabicSuffixes = ["ون", "ين", "ات", "ها", "هم", "يه"];
    private static readonly string[] EnglishSuffixes = ["ing", "ed", "es", "s"];

    public static HashSet<string> Of(string text)
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
