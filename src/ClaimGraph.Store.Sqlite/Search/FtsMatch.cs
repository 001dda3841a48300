using ClaimGraph.Core.Text;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// Builds the FTS5 MATCH expression for raw user text. Only normalised forms reach FTS5, each as a
/// double-quoted string, so operators and punctuation in the user's text are never FTS5 syntax.
/// </summary>
internal static class FtsMatch
{
    /// <summary>Terms joined with AND, each a group of alternative forms joined with OR; null when the text has no words.</summary>
    public static string? From(string text) => Build(text, prefix: true);

    /// <summary>
    /// As <see cref="From"/> but whole words only, which FTS5 reads lazily (a LIMIT stops it); a prefix query first
    /// merges the doclists of every term it covers, so counting "word"* costs as much as the word is common.
    /// </summary>
    public static string? WholeWords(string text) => Build(text, prefix: false);

    private static string? Build(string text, bool prefix)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = TextNormalizer.QueryTerms(text);
        if (terms.Count == 0)
            return null;
        return string.Join(" AND ", terms.Select(forms => $"({string.Join(" OR ", forms.Select(f => Phrase(f, prefix)))})"));
    }

    // A one-letter prefix would match a large slice of the index, so only longer forms get "*".
    private static string Phrase(string form, bool prefix) =>
        $"\"{form.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{(prefix && form.Length >= 2 ? "*" : string.Empty)}";
}
