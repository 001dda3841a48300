using System.Collections.Concurrent;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// Document counts of search texts (<see cref="TermCountQuery"/>), each kept with the database version it was read at
/// and the cap it was counted to. A count is used at its own version; after a write, only a count that reached its cap (a word
/// too common to search stays too common) is used, and the rest are counted again, which is cheap since they are small.
/// </summary>
internal sealed class TermCountCache
{
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, (long Version, int Count, int Cap)> _counts = new(StringComparer.Ordinal);

    public bool TryGet(string text, long? version, int cap, out int count)
    {
        count = 0;
        if (version is null || !_counts.TryGetValue(text, out var kept))
            return false;
        if (kept.Count >= kept.Cap && kept.Cap >= cap)
        {
            count = cap;
            return true;
        }

        if (kept.Version != version || kept.Count >= kept.Cap && kept.Cap < cap)
            return false;
        count = Math.Min(kept.Count, cap);
        return true;
    }

    public void Set(string text, long? version, int count, int cap)
    {
        if (version is null)
            return;
        if (_counts.Count >= MaxEntries)
            _counts.Clear();
        _counts[text] = (version.Value, count, cap);
    }
}
