using System.Globalization;
using System.Text;
using ClaimGraph.Core.Export;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Server.Cli;

/// <summary>Writes the whole store in the import format, streaming, in dependency order (bulk-import reads it back).</summary>
public sealed class ExportNdjsonVerb : ICliVerb
{
    public string Name => "export-ndjson";

    public string Usage => "export-ndjson FILE.ndjson   (- for standard output)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count != 1)
        {
            await Console.Error.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        var exporter = new GraphExporter(services.GetRequiredService<IClaimStore>());
        if (args[0] == "-")
        {
            await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            await exporter.ExportAsync(stdout, ct);
            return 0;
        }

        await using (var file = new StreamWriter(args[0], append: false, new UTF8Encoding(false), 1 << 16))
        {
            var r = await exporter.ExportAsync(file, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{args[0]}: {r.Actors} actors, {r.Sources} sources, {r.Claims} claims, {r.Statements} statements, {r.ClaimLinks} claim links"));
        }

        return 0;
    }
}
