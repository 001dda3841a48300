namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// FTS5's bm25 (ext/fts5/fts5_aux.c, k1 = 1.2, b = 0.75), computed here from counts the search already has, as a
/// positive score (FTS5 returns it negated): for each phrase idf × tf × (k1 + 1) / (tf + k1 × (1 − b + b × length / average length)).
/// </summary>
internal static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>FTS5's idf: log((rows − hits + 0.5) / (hits + 0.5)), and a tiny positive weight for a phrase in over half the rows.</summary>
    public static double Idf(long rows, long hits)
    {
        var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    public static double Score(ReadOnlySpan<int> frequencies, ReadOnlySpan<double> idf, int length, double averageLength)
    {
        var norm = K1 * (1 - B + (B * length / averageLength));
        var score = 0.0;
        for (var i = 0; i < frequencies.Length; i++)
            score += idf[i] * frequencies[i] * (K1 + 1) / (frequencies[i] + norm);
        return score;
    }
}
