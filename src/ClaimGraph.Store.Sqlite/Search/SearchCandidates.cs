using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// Reads the newest documents of the wanted kinds matching an FTS5 expression, each with its indexed text, keeping those
/// that match the search's phrases (<see cref="SearchPhrases.Match"/>; every row of an exact expression does), until it
/// has kept enough or read as many rows as allowed. Node and raw text are read later, for the best only
/// (<see cref="SearchHits"/>): reading them for all 100 candidates cost as much as the rest of the read.
/// </summary>
internal static class SearchCandidates
{
    private const string AnyKind = """
        SELECT k.doc_id, k.body
        FROM search_fts f JOIN search_docs k ON k.doc_id = f.rowid
        WHERE search_fts MATCH @match
        ORDER BY f.rowid DESC
        LIMIT @rows;
        """;

    // The kind test costs a probe per row (8% of the read), so it is left out when every kind is wanted.
    private const string OfKinds = """
        SELECT k.doc_id, k.body
        FROM search_fts f JOIN search_docs k ON k.doc_id = f.rowid
        WHERE search_fts MATCH @match AND k.kind IN (SELECT value FROM json_each(@kinds))
        ORDER BY f.rowid DESC
        LIMIT @rows;
        """;

    /// <summary>The kept documents, newest first, and whether the expression had no more rows than were read; <paramref name="kindsJson"/> null: any kind.</summary>
    public static async Task<(List<SearchCandidate> Kept, bool Exhausted)> ReadAsync(
        Session session, string match, string? kindsJson, SearchPhrases phrases, int keep, int rows, CancellationToken ct)
    {
        var command = kindsJson is null
            ? session.Prepared(AnyKind).With("@match", match).With("@rows", rows)
            : session.Prepared(OfKinds).With("@match", match).With("@kinds", kindsJson).With("@rows", rows);
        var kept = new List<SearchCandidate>(Math.Min(keep, 128));
        var read = 0;
        var frequencies = new int[phrases.Forms.Count];
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (kept.Count < keep && await reader.ReadAsync(ct))
        {
            read++;
            if (phrases.Match(reader.GetString(1), frequencies, out var length))
                kept.Add(new SearchCandidate(reader.GetInt64(0), [.. frequencies], length));
        }

        return (kept, read < rows && kept.Count < keep);
    }
}
