using ClaimGraph.Core.Text;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// Builds the FTS5 MATCH expression for raw user text. Only normalised forms reach FTS5, each as a
/// double-quoted string, so operators and punctuation in the user's text are never FTS5 syntax.
/// </summary>
internal static class FtsMatch
{
    /// <summary>The longest prefix FTS5 keeps an index of (search_fts's prefix = '2 3').</summary>
    public const int IndexedPrefixLength = 3;

    /// <summary>Terms joined with AND, each a group of alternative forms joined with OR; null when the text has no words.</summary>
    public static string? From(string text) => Build(TextNormalizer.QueryTerms(text), FtsPhrase.Prefix);

    /// <summary>
    /// As <see cref="From"/> but whole words only, which FTS5 reads lazily (a LIMIT stops it); a prefix query first
    /// merges the doclists of every term it covers, so counting "word"* costs as much as the word is common.
    /// </summary>
    public static string? WholeWords(string text) => Build(TextNormalizer.QueryTerms(text), FtsPhrase.WholeWord);

    /// <summary>The expression for query terms (<see cref="TextNormalizer.QueryTerms"/>), each form written as <paramref name="phrase"/> says.</summary>
    public static string? Build(IReadOnlyList<IReadOnlyList<string>> terms, FtsPhrase phrase)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
            return null;
        return string.Join(" AND ", terms.Select(forms => $"({string.Join(" OR ", forms.Select(f => Phrase(f, phrase)).Distinct(StringComparer.Ordinal))})"));
    }

    /// <summary>The FTS5 phrase for one form as a search means it (<see cref="FtsPhrase.Prefix"/>).</summary>
    public static string Phrase(string form) => Phrase(form, FtsPhrase.Prefix);

    /// <summary>Whether a search form matches the words it begins (a one-letter prefix would match a large slice of the index, so only longer forms do).</summary>
    public static bool MatchesAsPrefix(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Length >= 2;
    }

    private static string Phrase(string form, FtsPhrase phrase)
    {
        if (phrase == FtsPhrase.IndexedPrefix && form.Length > IndexedPrefixLength)
            form = form[..IndexedPrefixLength];
        var star = phrase != FtsPhrase.WholeWord && MatchesAsPrefix(form) ? "*" : string.Empty;
        return $"\"{form.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{star}";
    }
}
