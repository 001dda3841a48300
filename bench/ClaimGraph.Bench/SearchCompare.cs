using System.Globalization;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Bench;

/// <summary>
/// The store's search against the ranking it replaced (FTS5's bm25 over the newest 500 matching documents, the SQL of
/// d8a2903 run here as it was) on the varied search texts: how often the first 20 hits differ, split by how many
/// documents each text matches, with the differing texts listed.
/// </summary>
public static class SearchCompare
{
    private const string Before = """
        WITH hits AS (
            SELECT k.kind, k.node_id, k.matched, f.rank AS rank
            FROM search_fts f JOIN search_docs k ON k.doc_id = f.rowid
            WHERE search_fts MATCH @match
            ORDER BY f.rowid DESC
            LIMIT 500)
        SELECT kind, node_id, MIN(rank) AS best
        FROM hits
        GROUP BY kind, node_id
        ORDER BY best, kind, node_id
        LIMIT 20;
        """;

    public static async Task RunAsync(string dataDirectory)
    {
        var texts = BenchIds.Find(dataDirectory).VariedSearches;
        using var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = dataDirectory });
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "claimgraph.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var rows = new List<(string Text, long Matches, bool SameOrder, bool SameSet, int Shared)>();
        foreach (var text in texts)
        {
            var match = Match(text);
            if (match is null)
                continue;
            var before = Read(connection, Before, match);
            var after = (await store.SearchAsync(text, Enum.GetValues<NodeKind>(), 20)).Select(h => $"{h.Kind}:{h.Id}").ToList();
            var matches = (long)Scalar(connection, "SELECT count(*) FROM search_fts WHERE search_fts MATCH @match", match)!;
            rows.Add((text, matches, before.SequenceEqual(after), before.Order().SequenceEqual(after.Order()), before.Intersect(after).Count()));
        }

        foreach (var (name, group) in new[]
                 {
                     ("under 100 matches", rows.Where(r => r.Matches < 100)),
                     ("100 to 499 matches", rows.Where(r => r.Matches is >= 100 and < 500)),
                     ("500 or more matches", rows.Where(r => r.Matches >= 500)),
                 })
        {
            var list = group.ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {list.Count} texts, first 20 the same in order {list.Count(r => r.SameOrder)}, the same set {list.Count(r => r.SameSet)}, hits in both {(list.Count == 0 ? 0 : list.Average(r => r.Shared)):F1} on average"));
            foreach (var r in list.Where(r => !r.SameOrder))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  differs ({r.Matches} matches, same set: {r.SameSet}): {r.Text}"));
        }
    }

    // FtsMatch.From as it was: each normalised form a quoted prefix phrase (one-letter forms whole), alternatives OR'ed, terms AND'ed.
    private static string? Match(string text)
    {
        var terms = TextNormalizer.QueryTerms(text);
        return terms.Count == 0 ? null : string.Join(" AND ", terms.Select(forms =>
            $"({string.Join(" OR ", forms.Select(f => $"\"{f.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{(f.Length >= 2 ? "*" : "")}"))})"));
    }

    private static List<string> Read(SqliteConnection connection, string sql, string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@match", match);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
            ids.Add($"{reader.GetString(0)}:{reader.GetString(1)}");
        return ids;
    }

    private static object? Scalar(SqliteConnection connection, string sql, string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@match", match);
        return command.ExecuteScalar();
    }
}
