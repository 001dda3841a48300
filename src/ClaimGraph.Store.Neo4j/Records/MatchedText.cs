using ClaimGraph.Core.Text;

namespace ClaimGraph.Store.Neo4j.Records;

/// <summary>
/// Which of a hit's texts matched: the index holds one field per node, so the store checks each text
/// against the query's folded terms the way the index does (every term, by any of its forms, as a word or a word prefix).
/// </summary>
internal static class MatchedText
{
    public static string Pick(IReadOnlyList<string> texts, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        if (texts.Count == 0)
            return string.Empty;
        var best = texts[0];
        var bestCount = -1;
        foreach (var text in texts)
        {
            var words = TextNormalizer.ForIndex(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var count = terms.Count(forms => forms.Any(form => words.Any(w => form.Length >= 2 ? w.StartsWith(form, StringComparison.Ordinal) : w == form)));
            if (count > bestCount)
            {
                best = text;
                bestCount = count;
            }
        }

        return best;
    }
}
