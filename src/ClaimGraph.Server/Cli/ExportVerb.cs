using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Services;
using ClaimGraph.Server.Export;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.Cli;

/// <summary>Writes the graph, or a slice of it, in one export format to a file or standard output.</summary>
public sealed class ExportVerb : ICliVerb
{
    private static readonly string[] Options = ["--out", "--actors", "--claims", "--sources", "--depth", "--limit"];

    public string Name => "export";

    public string Usage => $"export {string.Join("|", ExportFormats.All.Select(f => f.Name))} [--out FILE] [--actors a,b] [--claims c] [--sources s] [--depth N] [--limit N]";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count == 0 || ExportFormats.Find(args[0]) is not { } format || !TryReadOptions(args.Skip(1).ToList(), out var options))
        {
            await Console.Error.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        try
        {
            var focus = ExportQuery.Parse(name => options.TryGetValue("--" + name, out var v) ? v : [],
                services.GetRequiredService<IOptions<GraphOptions>>().Value);
            var slice = await services.GetRequiredService<GraphSliceBuilder>().BuildAsync(focus, ct);
            var file = options.TryGetValue("--out", out var outs) ? outs[^1] : null;
            await using (var output = file is null ? Console.OpenStandardOutput() : File.Create(file))
                await format.Writer.WriteAsync(slice, output, ct);
            if (file is not null)
                Console.WriteLine($"{file}: {slice.Nodes.Count} nodes, {slice.Edges.Count} edges{(slice.Truncated ? " (truncated at the limit)" : "")}");
            return 0;
        }
        catch (Exception ex) when (ex is ClaimGraphException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static bool TryReadOptions(List<string> args, out Dictionary<string, List<string>> options)
    {
        options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!Options.Contains(args[i]) || i + 1 >= args.Count)
                return false;
            if (!options.TryGetValue(args[i], out var values))
                options[args[i]] = values = [];
            values.Add(args[i + 1]);
        }

        return true;
    }
}
