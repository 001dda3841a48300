using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite;

namespace ClaimGraph.Bench;

/// <summary>
/// The store's contradictions for many actors, one line per case (actor or batch, direction, limit: the pairs' ids, then a
/// hash of the full records), so that two builds' answers can be compared line by line (bench/contradictions-check.sh).
/// Actors: the varied (typical) ones, the most prolific, a fixed-seed sample of the rest, and one that does not exist.
/// When the store has GetContradictionsEachWayAsync, it also checks that it answers like one call per direction.
/// </summary>
public static class ContradictionDump
{
    private static readonly ContradictionDirection[] Directions = [ContradictionDirection.Any, ContradictionDirection.OwnLater, ContradictionDirection.OwnEarlier];
    private static readonly int[] Limits = [1, 3, 20, 100];

    public static async Task RunAsync(string dataDirectory, string outPath)
    {
        var actors = Actors(dataDirectory);
        using var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = dataDirectory });
        // Through reflection: the same source builds against a base commit without the method.
        var eachWay = typeof(IClaimStore).GetMethod("GetContradictionsEachWayAsync");
        int cases = 0, eachWaySame = 0, eachWayDifferent = 0;
        await using var output = new StreamWriter(outPath);
        var batches = actors.Chunk(10).Select(b => (Name: "batch:" + string.Join(',', b), Ids: b)).ToList();
        foreach (var (name, ids) in actors.Select(a => (Name: a, Ids: new[] { a })).Concat(batches))
        {
            foreach (var limit in Limits)
            {
                var lines = new List<string>();
                foreach (var direction in Directions)
                    lines.Add(Line(name, direction, limit, await store.GetContradictionsAsync(ids, direction, limit)));
                foreach (var line in lines)
                    await output.WriteLineAsync(line);
                cases += lines.Count;
                if (eachWay is null)
                    continue;
                var together = await (Task<IReadOnlyList<IReadOnlyList<Contradiction>>>)eachWay.Invoke(store, [ids, Directions, limit, CancellationToken.None])!;
                for (var i = 0; i < Directions.Length; i++)
                {
                    if (Line(name, Directions[i], limit, together[i]) == lines[i])
                        eachWaySame++;
                    else
                        eachWayDifferent++;
                }
            }
        }

        Console.WriteLine($"{cases} cases ({actors.Count} actors and {batches.Count} batches of up to 10, 3 directions, limits {string.Join('/', Limits)}) written to {outPath}");
        if (eachWay is not null)
            Console.WriteLine($"each way in one call: {eachWaySame} identical to one call per direction, {eachWayDifferent} different");
    }

    private static List<string> Actors(string dataDirectory)
    {
        var ids = BenchIds.Find(dataDirectory);
        var ranked = BenchIds.RankedActors(dataDirectory);
        var random = new Random(6);
        var sample = Enumerable.Range(0, 500).Select(_ => ranked[random.Next(ranked.Count)]);
        return ids.VariedActors.Concat(ranked.Take(50)).Concat(sample).Append("nobody").Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Line(string name, ContradictionDirection direction, int limit, IReadOnlyList<Contradiction> found)
    {
        var pairs = string.Join(' ', found.Select(c => $"{c.Own.Id}>{c.Other.Id}{(c.ViaLink ? "~" : "=")}"));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(found))))[..16];
        return string.Create(CultureInfo.InvariantCulture, $"{name}\t{(int)direction}\t{limit}\t{found.Count}\t{hash}\t{pairs}");
    }
}
