using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Records;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// <see cref="IClaimStore.ActorsNamedAsync"/>. A name's indexed text (<see cref="TextNormalizer.ForIndex"/>) depends on its
/// <see cref="TextNormalizer.Key"/> alone (each word's forms are those of its canonical stem), so an actor document reads
/// exactly as the name's indexed text, or ends with it after a space (a surname), when its name has that key or ends with it.
/// FTS5 finds the documents holding every word of a name whole, and only those that read so are kept: no ranking, and no cap that a
/// common word ("الوزارة" is in 1,200 actor names at a million statements) could fill with the wrong actors. The old search
/// ranked every document with the words as prefixes, quotes included: about 20 ms of CPU an article at a million statements.
/// </summary>
internal static class ActorNameQuery
{
    private const string Sql = """
        SELECT d.node_id, d.body
        FROM search_fts f JOIN search_docs d ON d.doc_id = f.rowid
        WHERE search_fts MATCH @match AND d.kind = 'Actor';
        """;

    public static async Task<IReadOnlyList<Actor>> RunAsync(Session session, IReadOnlyCollection<string> names, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(names);
        var bodies = names.Select(TextNormalizer.ForIndex).Where(b => b.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (bodies.Count == 0)
            return [];
        // One statement for every name (a statement costs FTS5 about 50 µs to set up, and an article names some twenty speakers).
        var match = string.Join(" OR ", bodies.Select(b => $"({FtsMatch.Build(b.Split(' ').Distinct(StringComparer.Ordinal).Select(w => (IReadOnlyList<string>)[w]).ToList(), FtsPhrase.WholeWord)})"));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await session.Prepared(Sql).With("@match", match).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (Named(reader.GetString(1), bodies))
                    ids.Add(reader.GetString(0));
            }
        }

        return ids.Count == 0 ? [] : await RecordReads.ActorsAsync(session, ids, ct);
    }

    // The document is one of the names, or ends with one after a space.
    private static bool Named(string body, HashSet<string> bodies)
    {
        if (bodies.Contains(body))
            return true;
        for (var space = body.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = body.IndexOf(' ', space + 1))
        {
            if (bodies.Contains(body[(space + 1)..]))
                return true;
        }

        return false;
    }
}
