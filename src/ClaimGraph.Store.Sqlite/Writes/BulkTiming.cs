using System.Diagnostics;
using System.Globalization;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>
/// Step times of a bulk phase's finish on standard error, for profiling without a profiler: on only when the environment
/// variable CLAIMGRAPH_BULK_TIMING is 1. Each <see cref="Mark"/> prints the time since the previous one.
/// </summary>
internal sealed class BulkTiming
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("CLAIMGRAPH_BULK_TIMING") == "1";

    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _last;

    public void Mark(string step)
    {
        if (!Enabled)
            return;
        var now = _watch.Elapsed;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bulk timing: {step} {(now - _last).TotalSeconds:F3} s"));
        _last = now;
    }
}
