namespace ClaimGraph.Core.Text;

/// <summary>
/// Light prefix stripping for folded Arabic tokens, following the order Arabic attaches its clitics in:
/// an optional conjunction (و or ف), then an optional preposition (ب، ك، ل), then an optional article
/// (ال; ل + ال is written لل), then the stem. Nothing is stripped after the article, so a root letter
/// و or ف survives it: الوزير → وزير, والفصائل → فصايل, while والتحالف, للتحالف, بالتحالف and
/// التحالف all become تحالف.
/// Without an article the prefixes are ambiguous (وزير is a root و, وقال a conjunction; بيان a root ب,
/// بحسب a preposition), so <see cref="Canonical"/> keeps the word whole and <see cref="Readings"/> offers
/// the readings without them as further forms.
/// </summary>
public static class ArabicStemmer
{
    private const char Waw = '\u0648';
    private const char Fa = '\u0641';
    private const char Alef = '\u0627';
    private const char Lam = '\u0644';
    private const char Ba = '\u0628';
    private const char Kaf = '\u0643';

    /// <summary>Fewest letters a stem keeps after an article (two, so that a prefix typed as الوز finds الوزير as وز).</summary>
    private const int MinArticleStem = 2;

    /// <summary>Fewest letters a word keeps after a bare conjunction or preposition.</summary>
    private const int MinBareRest = 3;

    /// <summary>The token's stem: without its article and the clitics before it when it has one, else the token itself.</summary>
    public static string Canonical(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return ArticleStem(token) ?? token;
    }

    /// <summary>
    /// Every reading of the token, <see cref="Canonical"/> first. With an article there is one. Without one:
    /// the token; without a leading و or ف; and, for each of those beginning with ب or ل, without that too
    /// (ولبنان → ولبنان, لبنان, بنان). A bare prefix is only taken off when three letters remain.
    /// </summary>
    public static IReadOnlyList<string> Readings(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (ArticleStem(token) is { } stem)
            return [stem];

        var withoutConjunction = WithoutBareConjunction(token);
        var readings = new List<string>(3) { token };
        if (withoutConjunction is not null)
            readings.Add(withoutConjunction);
        foreach (var reading in readings.ToArray())
        {
            if (WithoutBarePreposition(reading) is { } bare)
                readings.Add(bare);
        }

        return readings;
    }

    /// <summary>
    /// One key per token for comparing names and bags of words by equality: <see cref="Canonical"/> with every
    /// leading و or ف folded away (while three letters remain). A single key cannot tell a conjunction from a root
    /// letter, and "وترامب" must meet "ترامب", so it folds both: الوزير, وزير and ووزير all key as زير. Search
    /// does not use it (<see cref="Readings"/> keeps the root letter there).
    /// </summary>
    public static string MatchKey(string token)
    {
        var key = Canonical(token);
        while (WithoutBareConjunction(key) is { } shorter)
            key = shorter;
        return key;
    }

    /// <summary>The word without a leading ب or ل, or null when it has none or that would leave under three letters.</summary>
    public static string? WithoutBarePreposition(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length >= MinBareRest + 1 && (word[0] == Ba || word[0] == Lam) && IsArabicLetter(word[1]))
            return word[1..];
        return null;
    }

    private static string? WithoutBareConjunction(string word)
    {
        if (word.Length >= MinBareRest + 1 && (word[0] == Waw || word[0] == Fa) && IsArabicLetter(word[1]))
            return word[1..];
        return null;
    }

    /// <summary>The stem after (conjunction)(preposition)article, or null when the word carries no article.</summary>
    private static string? ArticleStem(string word)
    {
        if (word.Length < 2 + MinArticleStem || !IsArabicLetter(word[0]))
            return null;
        return AfterArticle(word, word[0] is Waw or Fa ? 1 : 0);
    }

    // ال، بال، كال at start, or لل (ل + ال with the alef dropped); the stem must keep MinArticleStem letters.
    private static string? AfterArticle(string word, int start)
    {
        var rest = word.AsSpan(start);
        int length;
        if (rest.StartsWith([Alef, Lam]))
            length = 2;
        else if (rest.Length > 2 && (rest[0] == Ba || rest[0] == Kaf) && rest[1] == Alef && rest[2] == Lam)
            length = 3;
        else if (rest.StartsWith([Lam, Lam]))
            length = 2;
        else
            return null;
        return rest.Length - length >= MinArticleStem ? word[(start + length)..] : null;
    }

    /// <summary>An Arabic letter (the Arabic block's letters, Persian and Urdu additions included), not a digit or a mark.</summary>
    public static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3';
}
