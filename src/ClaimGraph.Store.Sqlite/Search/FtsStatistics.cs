using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Paging;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// What bm25 knows of the whole index: the number of rows and their average length (FTS5's averages record, one row
/// read), and each phrase's document frequency, which FTS5 counts by walking the phrase's whole doclist (1.3 ms for
/// "رقه" and its 57,000 documents at a million statements), so a count is kept in the store's <see cref="CountCache"/>
/// until the database changes.
/// </summary>
internal sealed class FtsStatistics(Session session, CountCache counts)
{
    // search_fts_data row 1: varints, the row count then each column's total tokens (ext/fts5/fts5_index.c).
    private const string Averages = "SELECT block FROM search_fts_data WHERE id = 1;";
    private const string Hits = "SELECT count(*) FROM search_fts WHERE search_fts MATCH @phrase;";

    public long Rows { get; private set; }

    public double AverageLength { get; private set; } = 1;

    public async Task ReadAveragesAsync(CancellationToken ct)
    {
        if (await session.Prepared(Averages).ExecuteScalarAsync(ct) is not byte[] block)
            return;
        var at = 0;
        Rows = (long)Varint(block, ref at);
        var tokens = at < block.Length ? Varint(block, ref at) : 0;
        AverageLength = Rows > 0 && tokens > 0 ? (double)tokens / Rows : 1;
    }

    /// <summary>The idf of each form as a prefix phrase (<see cref="FtsMatch.Phrase"/>).</summary>
    public async Task<double[]> IdfAsync(IReadOnlyList<string> forms, CancellationToken ct)
    {
        var idf = new double[forms.Count];
        for (var i = 0; i < forms.Count; i++)
            idf[i] = Bm25.Idf(Rows, await HitsAsync(FtsMatch.Phrase(forms[i]), ct));
        return idf;
    }

    private async Task<int> HitsAsync(string phrase, CancellationToken ct)
    {
        var key = $"search_fts hits\n{phrase}";
        var version = counts.Version();
        if (version is { } v && counts.TryGet(key, v, out var kept))
            return kept;
        var hits = Convert.ToInt32(await session.Prepared(Hits).With("@phrase", phrase).ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        // Kept only when nothing was committed between the two looks at the version: the count read that version.
        if (version is { } w && counts.Version() == w)
            counts.Set(key, w, hits);
        return hits;
    }

    // SQLite's varint: big-endian groups of 7 bits, the high bit set on all but the last; a ninth byte carries 8 bits.
    private static ulong Varint(byte[] block, ref int at)
    {
        ulong value = 0;
        for (var i = 0; i < 9 && at < block.Length; i++)
        {
            var b = block[at++];
            if (i == 8)
                return (value << 8) | b;
            value = (value << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) == 0)
                break;
        }

        return value;
    }
}
