using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// <see cref="IClaimStore.SearchAnyAsync"/>: one FTS5 query OR-ing the texts. First each text's documents are
/// counted (any kind, up to the budget: reading a doclist is cheap, joining each document to its kind is not),
/// then the rarest texts are searched and the commonest left out once the budget is spent; a word in most
/// quotes of a large store would otherwise cost a join per quote and pick nothing out. fts5vocab's counts
/// were tried first: it reads every document of a common term to count it (100 ms an article at 1M statements).
/// </summary>
internal static class SearchAnyQuery
{
    // Documents each text matches as whole words (a lower bound of its prefix matches), counted no further than a quarter
    // of the budget: a text matching more is too common to search, so its count need not be finished.
    private const string Counts = """
        SELECT (SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH j.value LIMIT @cap))
        FROM json_each(@matches) j ORDER BY j.key;
        """;

    private const string Sql = """
        SELECT d.kind, d.node_id, d.matched, MIN(f.rank) AS best
        FROM search_fts f JOIN search_docs d ON d.doc_id = f.rowid
        WHERE search_fts MATCH @match AND d.kind IN (SELECT value FROM json_each(@kinds))
        GROUP BY d.kind, d.node_id
        ORDER BY best, d.kind, d.node_id
        LIMIT @limit;
        """;

    public static async Task<IReadOnlyList<SearchHit>> RunAsync(
        Session session, IReadOnlyList<string> texts, IReadOnlyCollection<NodeKind> kinds, int limit, int documentBudget, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(kinds);
        if (limit <= 0)
            return [];
        var queries = texts.Select(t => (Match: FtsMatch.From(t), Whole: FtsMatch.WholeWords(t))).Where(q => q.Match is not null)
            .DistinctBy(q => q.Match, StringComparer.Ordinal).Select(q => (q.Match!, q.Whole!)).ToList();
        if (queries.Count == 0)
            return [];

        var chosen = await WithinBudgetAsync(session, queries, documentBudget, ct);
        if (chosen.Count == 0)
            return [];
        var wanted = kinds.Count == 0 ? Enum.GetValues<NodeKind>() : kinds;
        using var command = session.Command(Sql)
            .With("@match", string.Join(" OR ", chosen.Select(m => $"({m})")))
            .WithJson("@kinds", wanted.Select(k => k.ToString()))
            .With("@limit", limit);
        return await command.ReadAllAsync(
            r => new SearchHit(Enum.Parse<NodeKind>(r.GetString(0)), r.GetString(1), -r.GetDouble(3), r.GetString(2)), ct);
    }

    private static async Task<List<string>> WithinBudgetAsync(
        Session session, List<(string Match, string Whole)> queries, int documentBudget, CancellationToken ct)
    {
        var matches = queries.Select(q => q.Match).ToList();
        if (documentBudget == int.MaxValue)
            return matches;

        using var command = session.Command(Counts).WithJson("@matches", queries.Select(q => q.Whole)).With("@cap", TextLimit(documentBudget) + 1);
        var counts = await command.ReadAllAsync(r => r.GetInt64(0), ct);
        var chosen = new List<string>();
        long spent = 0;
        foreach (var (match, size) in matches.Zip(counts).Where(m => m.Second > 0 && m.Second <= TextLimit(documentBudget)).OrderBy(m => m.Second).ThenBy(m => m.First, StringComparer.Ordinal))
        {
            if (spent + size > documentBudget)
                break;
            spent += size;
            chosen.Add(match);
        }

        return chosen;
    }

    private static int TextLimit(int documentBudget) => Math.Max(1, documentBudget / 4);
}
