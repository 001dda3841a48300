namespace ClaimGraph.Ingest.Rules;

/// <summary>The statements' evidence spans sorted by start, with the furthest end so far: each question in O(log n).</summary>
internal sealed class EvidenceSpans
{
    private readonly int[] _starts;
    private readonly int[] _maxEnd;

    public EvidenceSpans(List<Finding> found)
    {
        var sorted = found.Select(f => (f.Evidence.Start, f.Evidence.End)).OrderBy(x => x.Start).ToArray();
        _starts = sorted.Select(x => x.Start).ToArray();
        _maxEnd = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
            _maxEnd[i] = Math.Max(sorted[i].End, i > 0 ? _maxEnd[i - 1] : 0);
    }

    /// <summary>Whether a statement starts in [from, to).</summary>
    public bool AnyStartIn(int from, int to)
    {
        var i = FirstAtOrAfter(from);
        return i < _starts.Length && _starts[i] < to;
    }

    /// <summary>Whether a statement's evidence covers offset <paramref name="at"/>.</summary>
    public bool AnyCovers(int at)
    {
        var i = FirstAtOrAfter(at + 1) - 1;
        return i >= 0 && _maxEnd[i] > at;
    }

    private int FirstAtOrAfter(int offset)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_starts[mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }
}
