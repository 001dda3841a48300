using System.Diagnostics;
using System.Globalization;
using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite;

namespace ClaimGraph.Bench;

/// <summary>
/// Time of each varied search text (<see cref="SearchTexts"/>) at store level, fastest of a few runs, slowest texts first:
/// which kinds of text a search change helps or hurts; then the process CPU time per search over all texts.
/// </summary>
public static class SearchCosts
{
    private static readonly NodeKind[] AllKinds = Enum.GetValues<NodeKind>();

    public static async Task RunAsync(string dataDirectory, int runs)
    {
        var texts = BenchIds.Find(dataDirectory).VariedSearches;
        using var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = dataDirectory });
        foreach (var text in texts)
            await store.SearchAsync(text, AllKinds, 20);

        var costs = new List<(string Text, double Micros, int Hits)>();
        foreach (var text in texts)
        {
            var best = double.MaxValue;
            var hits = 0;
            for (var i = 0; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                hits = (await store.SearchAsync(text, AllKinds, 20)).Count;
                best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            }

            costs.Add((text, best, hits));
        }

        // Process CPU over every text, a few times: on a shared machine far steadier than any one text's wall time.
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            foreach (var text in texts)
                await store.SearchAsync(text, AllKinds, 20);
        }

        var cpuMicros = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / (runs * texts.Count);

        foreach (var (text, micros, hits) in costs.OrderByDescending(c => c.Micros))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{micros,9:F0} µs {hits,3} hits  {text}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mean {costs.Average(c => c.Micros):F0} µs, median {costs.Select(c => c.Micros).Order().ElementAt(costs.Count / 2):F0} µs over {costs.Count} texts; process CPU {cpuMicros:F0} µs a search"));
    }
}
