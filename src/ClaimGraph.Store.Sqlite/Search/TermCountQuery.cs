using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Paging;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// <see cref="IClaimStore.CountMatchesAsync"/>: the documents of each text's search expression (<see cref="FtsMatch.From"/>, words as
/// prefixes), counted no further than the cap. The text's whole words are counted first: FTS5 reads them lazily, so a common
/// word stops at the cap; only below it is the prefix expression counted, which FTS5 merges in full for a prefix longer than
/// its indexed prefixes ("حكوم"* at a million statements: 86,000 documents and a few milliseconds, though the whole word is
/// in none). Counts are kept (<see cref="TermCountCache"/>), so a word is counted once until the database changes.
/// </summary>
internal static class TermCountQuery
{
    private const string Count = "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH @match LIMIT @cap);";

    public static async Task<IReadOnlyList<int>?> RunAsync(
        Session session, IReadOnlyList<string> texts, int cap, CountCache versions, TermCountCache cache, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var version = versions.Version();
        var counts = new int[texts.Count];
        var counted = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            // Keyed by the text itself: folding it into its expression costs more than a look-up, and an article repeats common words.
            if (cap <= 0 || cache.TryGet(texts[i], version, cap, out counts[i]))
                continue;
            var match = FtsMatch.From(texts[i]);
            if (match is null)
                continue;
            var whole = await CountAsync(session, FtsMatch.WholeWords(texts[i])!, cap, ct);
            counts[i] = whole >= cap ? cap : await CountAsync(session, match, cap, ct);
            counted.Add(i);
        }

        // Kept only when nothing was committed meanwhile: the counts read that version (one probe for them all, not one a text).
        if (counted.Count > 0 && version is { } v && versions.Version() == v)
        {
            foreach (var i in counted)
                cache.Set(texts[i], v, counts[i], cap);
        }

        return counts;
    }

    private static async Task<int> CountAsync(Session session, string match, int cap, CancellationToken ct) =>
        Convert.ToInt32(await session.Prepared(Count).With("@match", match).With("@cap", cap).ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
}
