using ClaimGraph.Core.Import;
using ClaimGraph.GraphQL.Schema;

namespace ClaimGraph.Server.Cli;

/// <summary>
/// Verbs run instead of the web server: "import FILE..." writes NDJSON files into the configured store
/// (each file all or nothing), "schema" prints the GraphQL schema.
/// </summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["import", "schema"];

    public static bool IsVerb(string arg) => Verbs.Contains(arg, StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
        builder.Services.AddClaimGraph(builder.Configuration);
        using var host = builder.Build();
        var files = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        return args[0] switch
        {
            "import" => await ImportAsync(host.Services, files),
            _ => PrintSchema(host.Services),
        };
    }

    private static async Task<int> ImportAsync(IServiceProvider services, IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync("usage: import FILE.ndjson [FILE.ndjson ...] [--ClaimGraph:DataDirectory=DIR]");
            return 2;
        }

        var importer = services.GetRequiredService<GraphImporter>();
        foreach (var file in files)
        {
            try
            {
                var result = await importer.ImportAsync(ImportReader.ParseFile(file));
                Console.WriteLine($"{file}: {result.Actors} actors, {result.Sources} sources, {result.Claims} claims, {result.Statements} statements, {result.ClaimLinks} claim links");
            }
            catch (Exception ex) when (ex is ImportException or Core.Errors.ClaimGraphException or IOException)
            {
                await Console.Error.WriteLineAsync($"{file}: {ex.Message}");
                return 1;
            }
        }

        return 0;
    }

    private static int PrintSchema(IServiceProvider services)
    {
        var schema = services.GetRequiredService<ClaimGraphSchema>();
        Console.Write(SchemaText.Print(schema));
        return 0;
    }
}
