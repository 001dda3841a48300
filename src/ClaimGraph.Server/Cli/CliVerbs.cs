namespace ClaimGraph.Server.Cli;

/// <summary>Dispatches the first command-line argument to a verb; settings (--Section:Key=value) configure it as they do the server.</summary>
public static class CliVerbs
{
    private static readonly ICliVerb[] All =
    [
        new ImportVerb(),
        new SchemaVerb(),
        new ExportVerb(),
        new CopyVerb(),
        new GenerateVerb(),
        new BulkImportVerb(),
        new ExportNdjsonVerb(),
        new HashKeyVerb(),
        new IngestVerb(),
        new IngestEvalVerb(),
        new ResolveAgreementVerb(),
    ];

    public static bool IsVerb(string arg) => All.Any(v => v.Name == arg) || arg is "help" or "--help";

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = All.FirstOrDefault(v => v.Name == args[0]);
        if (verb is null)
        {
            Console.WriteLine("usage: ClaimGraph.Server [VERB ARGS] [--Section:Key=value ...]; with no verb it runs the web service.");
            foreach (var v in All)
                Console.WriteLine($"  {v.Usage}");
            return 0;
        }

        var settings = args.Skip(1).Where(IsSetting).ToArray();
        var builder = Host.CreateApplicationBuilder(settings);
        builder.Services.AddClaimGraph(builder.Configuration);
        using var host = builder.Build();
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await verb.RunAsync(host.Services, args.Skip(1).Where(a => !IsSetting(a)).ToList(), cancel.Token);
    }

    private static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);
}
