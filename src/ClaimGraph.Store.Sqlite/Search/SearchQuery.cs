using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Search;

internal static class SearchQuery
{
    // bm25 is lower-is-better; a node with several matching fields counts by its best one.
    private const string Sql = """
        SELECT d.kind, d.node_id, d.matched, MIN(search_fts.rank) AS best
        FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid
        WHERE search_fts MATCH @match AND d.kind IN (SELECT value FROM json_each(@kinds))
        GROUP BY d.kind, d.node_id
        ORDER BY best, d.kind, d.node_id
        LIMIT @limit;
        """;

    public static async Task<IReadOnlyList<SearchHit>> RunAsync(
        Session session, string text, IReadOnlyCollection<NodeKind> kinds, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var match = FtsMatch.From(text);
        if (match is null || limit <= 0)
            return [];

        var wanted = kinds.Count == 0 ? Enum.GetValues<NodeKind>() : kinds;
        using var command = session.Command(Sql)
            .With("@match", match)
            .WithJson("@kinds", wanted.Select(k => k.ToString()))
            .With("@limit", limit);
        return await command.ReadAllAsync(
            r => new SearchHit(Enum.Parse<NodeKind>(r.GetString(0)), r.GetString(1), -r.GetDouble(3), r.GetString(2)), ct);
    }
}
