namespace ClaimGraph.Store.Sqlite.Data;

/// <summary>
/// SQLite's BINARY order of text (its UTF-8 bytes compared), for merging rows that SQLite sorted in C#. Ordinal
/// comparison of .NET strings compares UTF-16 code units, which differs only where a surrogate pair meets a
/// character from U+E000 to U+FFFF: UTF-8 (like code points) puts the pair after, UTF-16 before.
/// </summary>
internal sealed class Utf8Order : IComparer<string>
{
    public static readonly Utf8Order Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
            return x is null ? (y is null ? 0 : -1) : 1;
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            int a = x[i], b = y[i];
            if (a == b)
                continue;
            if (a >= 0xD800 && b >= 0xD800)
                return CodePointRank(a) - CodePointRank(b);
            return a - b;
        }

        return x.Length - y.Length;
    }

    // Surrogates (D800-DFFF) stand for code points above FFFF: rank them after E000-FFFF.
    private static int CodePointRank(int c) => c >= 0xE000 ? c - 0x800 : c + 0x2000;
}
