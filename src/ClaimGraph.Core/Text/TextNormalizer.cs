using System.Globalization;
using System.Text;

namespace ClaimGraph.Core.Text;

/// <summary>
/// Folds text for search so that spelling variants meet: Arabic (hamza-carrying alefs, alef wasla,
/// taa marbuta, alef maqsura, harakat, tatweel, Arabic-Indic digits, presentation forms) and Latin
/// (case, accents). Stores apply it to indexed text and to queries alike.
/// </summary>
public static class TextNormalizer
{
    private const int MaxTokenLength = 64;

    /// <summary>Character-level folding; keeps word boundaries.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var folded = FoldChar(ch);
            if (folded != '\0')
                sb.Append(folded);
        }

        return sb.ToString();
    }

    /// <summary>Folded words: runs of letters and digits.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var folded = Fold(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWord && start < 0)
                start = i;
            else if (!isWord && start >= 0)
            {
                var length = Math.Min(i - start, MaxTokenLength);
                tokens.Add(folded.Substring(start, length));
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>
    /// The forms a folded token is indexed and searched under (<see cref="ArabicStemmer.Readings"/>): its stem when it
    /// carries the article (والوزير → وزير), else the token and its readings without a bare و/ف and ب/ل
    /// (وزير → وزير, زير; وقال → وقال, قال), so that a word meets itself whichever prefixes either side carries.
    /// </summary>
    public static IReadOnlyList<string> Forms(string token) => ArabicStemmer.Readings(token);

    /// <summary>Text as a space-separated list of every token's forms, ready for a full-text index.</summary>
    public static string ForIndex(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;
        return string.Join(' ', Tokens(text).SelectMany(Forms));
    }

    /// <summary>A search query as terms: each term is a list of alternative forms, terms combine with AND.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> QueryTerms(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Tokens(query).Select(Forms).Distinct(FormListComparer.Instance).ToList();
    }

    /// <summary>A single folded key for exact comparisons of names (tokens' <see cref="ArabicStemmer.MatchKey"/> joined by spaces).</summary>
    public static string Key(string text) =>
        string.Join(' ', Tokens(text).Select(ArabicStemmer.MatchKey));

    // string.Normalize throws on an unpaired surrogate and on the noncharacter U+FFFE (ICU: "invalid Unicode code
    // points"), both of which user input (JSON "\ud800", "\ufffe") can carry; they and U+FFFF become U+FFFD.
    private static string WithoutLoneSurrogates(string text)
    {
        StringBuilder? repaired = null;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                repaired?.Append(ch).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF')
            {
                repaired ??= new StringBuilder(text.Length).Append(text, 0, i);
                repaired.Append('\uFFFD');
            }
            else
            {
                repaired?.Append(ch);
            }
        }

        return repaired?.ToString() ?? text;
    }

    private static char FoldChar(char ch)
    {
        switch (ch)
        {
            case '\u0640': // tatweel
                return '\0';
            case '\u0671': // alef wasla
            case '\u0672':
            case '\u0673':
            case '\u0675':
                return '\u0627';
            case '\u0629': // taa marbuta
                return '\u0647';
            case '\u0649': // alef maqsura
            case '\u06CC': // Farsi yeh
                return '\u064A';
            case '\u06A9': // keheh
                return '\u0643';
        }

        if (ch is >= '\u0660' and <= '\u0669')
            return (char)('0' + (ch - '\u0660'));
        if (ch is >= '\u06F0' and <= '\u06F9')
            return (char)('0' + (ch - '\u06F0'));

        var category = CharUnicodeInfo.GetUnicodeCategory(ch);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            return '\0';

        return char.ToLowerInvariant(ch);
    }

    private sealed class FormListComparer : IEqualityComparer<IReadOnlyList<string>>
    {
        public static readonly FormListComparer Instance = new();

        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) =>
            x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(IReadOnlyList<string> obj) => obj.Count == 0 ? 0 : obj[0].GetHashCode(StringComparison.Ordinal);
    }
}
