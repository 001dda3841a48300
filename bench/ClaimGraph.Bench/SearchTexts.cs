using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Bench;

/// <summary>
/// Search texts drawn from a benchmark database, so a search benchmark is not one word a change could be tuned to:
/// the search documents at evenly spaced ids (every kind, Arabic and English as the data mixes them), and from each,
/// in turn, one word, two adjacent words, one word, its last word (in claims, sources and numbered actors a report or
/// group number: a rare word), one word, two adjacent words, one word, and the first four letters of a longer word
/// (a prefix that is no word of its own, the costliest kind of search). Words are runs of letters, marks and digits of
/// the raw text, as a user would type them. Deterministic for a given database.
/// </summary>
public static partial class SearchTexts
{
    /// <summary>How many texts <see cref="Draw"/> gives: more than a per-text cache of a few hundred could hide.</summary>
    public const int Count = 256;

    public static IReadOnlyList<string> Draw(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = """
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < @count),
                 span(lo, hi) AS (SELECT min(doc_id), max(doc_id) FROM search_docs)
            SELECT (SELECT matched FROM search_docs WHERE doc_id >= lo + (hi - lo) * i / @count ORDER BY doc_id LIMIT 1)
            FROM n, span ORDER BY i;
            """;
        command.Parameters.AddWithValue("@count", Count);
        using var reader = command.ExecuteReader();
        var texts = new List<string>(Count);
        for (var i = 0; reader.Read(); i++)
        {
            var words = Word().Matches(reader.GetString(0)).Select(m => m.Value).ToList();
            if (words.Count == 0)
                continue;
            var at = i / 8 % words.Count;
            texts.Add((i % 8) switch
            {
                1 or 5 when words.Count > 1 => $"{words[at % (words.Count - 1)]} {words[at % (words.Count - 1) + 1]}",
                3 => words[^1],
                7 => words.Where(w => w.Length >= 5).Select(w => w[..4]).DefaultIfEmpty(words[at]).First(),
                _ => words[at],
            });
        }

        return texts;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+")]
    private static partial Regex Word();
}
