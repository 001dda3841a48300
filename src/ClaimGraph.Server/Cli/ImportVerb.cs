using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Import;

namespace ClaimGraph.Server.Cli;

/// <summary>Writes NDJSON import files into the configured store, each file all or nothing.</summary>
public sealed class ImportVerb : ICliVerb
{
    public string Name => "import";

    public string Usage => "import FILE.ndjson [FILE.ndjson ...]";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count == 0)
        {
            await Console.Error.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        var importer = services.GetRequiredService<GraphImporter>();
        foreach (var file in args)
        {
            try
            {
                var result = await importer.ImportAsync(ImportReader.ParseFile(CliPaths.Resolve(file)), ct);
                Console.WriteLine($"{file}: {result.Actors} actors, {result.Sources} sources, {result.Claims} claims, {result.Statements} statements, {result.ClaimLinks} claim links");
            }
            catch (Exception ex) when (ex is ImportException or ClaimGraphException or IOException)
            {
                await Console.Error.WriteLineAsync($"{file}: {ex.Message}");
                return 1;
            }
        }

        return 0;
    }
}
