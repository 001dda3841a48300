using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Records;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// <see cref="IClaimStore.ActorsNamedAsync"/>: the actors one of whose names has the same <see cref="TextNormalizer.Key"/> as a
/// name asked for, or ends with it after a space (a surname). FTS5 finds the actor documents holding a reading of every word of a
/// name as a whole word, and only those whose raw text keys so are kept: no ranking, and no cap that a common word ("الوزارة" is in
/// 1,200 actor names at a million statements) could fill with the wrong actors. Keys, not indexed texts, are compared, since a
/// word's indexed readings depend on its prefixes (وزارة is indexed with and without its و; الوزارة only as وزاره) while its key
/// does not. The old search ranked every document with the words as prefixes, quotes included: about 20 ms of CPU an article at a
/// million statements.
/// </summary>
internal static class ActorNameQuery
{
    private const string Sql = """
        SELECT d.node_id, d.matched
        FROM search_fts f JOIN search_docs d ON d.doc_id = f.rowid
        WHERE search_fts MATCH @match AND d.kind = 'Actor';
        """;

    public static async Task<IReadOnlyList<Actor>> RunAsync(Session session, IReadOnlyCollection<string> names, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(names);
        var keys = names.Select(TextNormalizer.Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var wholeWords = names.Select(FtsMatch.WholeWords).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0 || wholeWords.Count == 0)
            return [];
        // One statement for every name (a statement costs FTS5 about 50 µs to set up, and an article names some twenty speakers).
        var match = string.Join(" OR ", wholeWords.Select(w => $"({w})"));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await session.Prepared(Sql).With("@match", match).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (Named(TextNormalizer.Key(reader.GetString(1)), keys))
                    ids.Add(reader.GetString(0));
            }
        }

        return ids.Count == 0 ? [] : await RecordReads.ActorsAsync(session, ids, ct);
    }

    // The name's key is one of the keys asked for, or ends with one after a space.
    private static bool Named(string key, HashSet<string> keys)
    {
        if (keys.Contains(key))
            return true;
        for (var space = key.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = key.IndexOf(' ', space + 1))
        {
            if (keys.Contains(key[(space + 1)..]))
                return true;
        }

        return false;
    }
}
