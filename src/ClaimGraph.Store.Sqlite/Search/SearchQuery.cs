using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Search;

internal static class SearchQuery
{
    // bm25 is lower-is-better; a node with several matching fields counts by its best one.
    // Ranking every match of a common word (a place name in 60,000 quotes at a million statements)
    // took a third of a second; so the newest @cap matching documents of the wanted kinds are
    // ranked, which is every match for all but very broad searches.
    private const string Sql = """
        WITH hits AS (
            SELECT f.rowid AS doc_id, f.rank AS rank
            FROM search_fts f JOIN search_docs k ON k.doc_id = f.rowid
            WHERE search_fts MATCH @match AND k.kind IN (SELECT value FROM json_each(@kinds))
            ORDER BY f.rowid DESC
            LIMIT @cap)
        SELECT d.kind, d.node_id, d.matched, MIN(h.rank) AS best
        FROM hits h JOIN search_docs d ON d.doc_id = h.doc_id
        GROUP BY d.kind, d.node_id
        ORDER BY best, d.kind, d.node_id
        LIMIT @limit;
        """;

    /// <summary>How many of the newest matching documents are ranked.</summary>
    public const int RankedCandidates = 2_000;

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
            .With("@limit", limit)
            .With("@cap", RankedCandidates);
        return await command.ReadAllAsync(
            r => new SearchHit(Enum.Parse<NodeKind>(r.GetString(0)), r.GetString(1), -r.GetDouble(3), r.GetString(2)), ct);
    }
}
