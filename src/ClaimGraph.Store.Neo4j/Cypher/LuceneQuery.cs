using System.Text;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Store.Neo4j.Cypher;

/// <summary>
/// Builds the Lucene query for raw user text from TextNormalizer.QueryTerms, the same folded terms the
/// SQLite store matches: terms joined with AND, each a group of alternative forms joined with OR, every
/// form escaped so that nothing in the user's text is Lucene syntax.
/// </summary>
internal static class LuceneQuery
{
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    /// <summary>The query, or null when the text has no words.</summary>
    public static string? From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = TextNormalizer.QueryTerms(text);
        if (terms.Count == 0)
            return null;
        return string.Join(" AND ", terms.Select(forms => $"({string.Join(" OR ", forms.Select(Term))})"));
    }

    public static string Escape(string form)
    {
        var sb = new StringBuilder(form.Length + 4);
        foreach (var ch in form)
        {
            if (Special.Contains(ch, StringComparison.Ordinal))
                sb.Append('\\');
            sb.Append(ch);
        }

        return sb.ToString();
    }

    // A one-letter prefix would match a large slice of the index, so only longer forms match as a prefix
    // (as in SQLite). Lucene scores prefix matches as constants, so the exact word is asked for too:
    // it carries the relevance score (how often, in how short a text).
    private static string Term(string form) =>
        form.Length >= 2 ? $"{Escape(form)} OR {Escape(form)}*" : Escape(form);
}
