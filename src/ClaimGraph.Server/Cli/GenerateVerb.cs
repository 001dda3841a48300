using System.Diagnostics;
using System.Globalization;
using ClaimGraph.Core.Synthetic;

namespace ClaimGraph.Server.Cli;

/// <summary>Writes a synthetic claim graph of a given size in the import format (dependency order, so bulk-import can load it).</summary>
public sealed class GenerateVerb : ICliVerb
{
    public string Name => "generate";

    public string Usage => "generate --statements N [--seed S] --out FILE.ndjson";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        var options = CliOptions.Parse(args);
        if (!options.TryGetValue("--statements", out var countText) || !int.TryParse(countText, CultureInfo.InvariantCulture, out var count) || count < 1
            || !options.TryGetValue("--out", out var path))
        {
            await Console.Error.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        var seed = options.TryGetValue("--seed", out var seedText) ? int.Parse(seedText, CultureInfo.InvariantCulture) : 1;
        var clock = Stopwatch.StartNew();
        var lines = await SyntheticGraphWriter.WriteFileAsync(path, new SyntheticGraphOptions(count, seed), ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {lines} records ({count} statements, seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
