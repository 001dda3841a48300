using System.Text.Json;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Paging;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// <see cref="IClaimStore.SearchAsync"/>: the newest matching documents of the wanted kinds, at most
/// <see cref="RankedCandidates"/> (or twice the limit), scored here with FTS5's bm25 formula (<see cref="Bm25"/>) and
/// grouped by node (a node counts by its best document), best first.
/// </summary>
/// <remarks>
/// FTS5's own bm25 walked every document of each phrase once per query to count it (57,000 for "الرقة" at a million
/// statements), and a prefix phrase longer than the indexed prefixes ("خلال"*) made FTS5 merge the doclists of every word it
/// covers before a LIMIT could stop it (10 ms for the 217,000 documents of خلال). So the candidates are found by the
/// cheapest expression that gives the same documents:
/// <list type="number">
/// <item>Forms of at most three letters: the prefix query itself, read lazily from FTS5's prefix indexes.</item>
/// <item>Otherwise the words as whole words, read lazily: when they match at least the cap, the newest of those are ranked
/// (a broad search; a document matching only as a longer word is not among its candidates).</item>
/// <item>Otherwise the prefix query: when the words were found whole, as it is (their longer forms are as rare as they
/// are); when not (a word being typed, "nego"), first through the three-letter prefixes, lazily, checking each row's
/// text, and as it is only when that reads too many rows without finishing.</item>
/// </list>
/// When every match is in hand (fewer than the cap), the score is bm25 exactly as FTS5 computes it, with each phrase's
/// document count kept until the database changes; for a broad search every phrase weighs the same (its idf would cost a
/// walk over its documents, and among the newest matches of common words it changes little), so its scores are on
/// another scale.
/// </remarks>
internal static class SearchQuery
{
    /// <summary>
    /// How many of the newest matching documents are ranked when the limit is at most half of it: reading and scoring a
    /// candidate costs about a microsecond, and a search should stay well under half a millisecond of CPU.
    /// </summary>
    public const int RankedCandidates = 100;

    /// <summary>Rows the three-letter prefix scan may read per candidate it is to keep before the prefix query runs as it is.</summary>
    private const int ScanPerCandidate = 4;

    public static async Task<IReadOnlyList<SearchHit>> RunAsync(
        Session session, string text, IReadOnlyCollection<NodeKind> kinds, int limit, CountCache counts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(counts);
        var terms = TextNormalizer.QueryTerms(text);
        if (terms.Count == 0 || limit <= 0)
            return [];

        var phrases = new SearchPhrases(terms);
        var wanted = kinds.Count == 0 || Enum.GetValues<NodeKind>().All(kinds.Contains) ? null : JsonSerializer.Serialize(kinds.Select(k => k.ToString()));
        var cap = Math.Max(RankedCandidates, 2 * limit);
        var (candidates, complete) = await FindAsync(session, phrases, wanted, cap, ct);
        if (candidates.Count == 0)
            return [];

        var statistics = new FtsStatistics(session, counts);
        await statistics.ReadAveragesAsync(ct);
        var idf = complete
            ? await statistics.IdfAsync(phrases.Forms, ct)
            : Enumerable.Repeat(1.0, phrases.Forms.Count).ToArray();

        var scored = candidates.Select(c => (c.DocId, Bm25.Score(c.Frequencies, idf, c.Length, statistics.AverageLength))).ToList();
        return await SearchHits.ReadAsync(session, scored, limit, ct);
    }

    private static async Task<(List<SearchCandidate> Candidates, bool Complete)> FindAsync(
        Session session, SearchPhrases phrases, string? wanted, int cap, CancellationToken ct)
    {
        var prefix = FtsMatch.Build(phrases.Terms, FtsPhrase.Prefix)!;
        if (phrases.AllIndexed)
            return await Exact(prefix);

        var whole = await Exact(FtsMatch.Build(phrases.Terms, FtsPhrase.WholeWord)!);
        if (!whole.Complete || whole.Candidates.Count > 0)
            return whole.Complete ? await Exact(prefix) : whole;

        var scan = await SearchCandidates.ReadAsync(
            session, FtsMatch.Build(phrases.Terms, FtsPhrase.IndexedPrefix)!, wanted, phrases, cap, cap * ScanPerCandidate, ct);
        if (scan.Kept.Count == cap)
            return (scan.Kept, false);
        return scan.Exhausted ? (scan.Kept, true) : await Exact(prefix);

        async Task<(List<SearchCandidate> Candidates, bool Complete)> Exact(string match)
        {
            var read = await SearchCandidates.ReadAsync(session, match, wanted, phrases, cap, cap, ct);
            return (read.Kept, read.Exhausted);
        }
    }
}
