using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Store;
using ClaimGraph.Server.Copying;

namespace ClaimGraph.Server.Cli;

/// <summary>Copies a whole graph between stores, in batches, resumable after an interruption.</summary>
public sealed class CopyVerb : ICliVerb
{
    public string Name => "copy";

    public string Usage => "copy --from sqlite:DIR|neo4j --to sqlite:DIR|neo4j [--batch-size N]";

    /// <summary>For tests: stop (as an interruption would) after this many batches.</summary>
    public int? MaxBatches { get; init; }

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        StoreAddress from, to;
        int batchSize;
        try
        {
            var options = Options(args);
            from = StoreAddress.Parse(options.GetValueOrDefault("--from") ?? throw new ArgumentException("--from is missing."));
            to = StoreAddress.Parse(options.GetValueOrDefault("--to") ?? throw new ArgumentException("--to is missing."));
            batchSize = int.Parse(options.GetValueOrDefault("--batch-size") ?? "500", System.Globalization.CultureInfo.InvariantCulture);
            if (from == to)
                throw new ArgumentException("--from and --to name the same store.");
            if (batchSize is < 1 or > 5000)
                throw new ArgumentException("--batch-size must be between 1 and 5000.");
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\nusage: {Usage}");
            return 2;
        }

        var configuration = services.GetRequiredService<IConfiguration>();
        var source = from.Open(configuration);
        var target = to.Open(configuration);
        try
        {
            return await CopyAsync(source, target, from, to, batchSize, ct);
        }
        catch (Exception e) when (e is StoreUnavailableException or StoreConstraintException or ClaimGraphException)
        {
            await Console.Error.WriteLineAsync($"copy stopped: {e.Message} Run the same command again to resume.");
            return 1;
        }
        finally
        {
            (source as IDisposable)?.Dispose();
            (target as IDisposable)?.Dispose();
        }
    }

    private async Task<int> CopyAsync(IClaimStore source, IClaimStore target, StoreAddress from, StoreAddress to, int batchSize, CancellationToken ct)
    {
        var checkpointPath = to.CheckpointPath;
        var resume = CopyCheckpoint.Load(checkpointPath);
        if (resume is not null && (resume.From != from.ToString() || resume.To != to.ToString()))
        {
            Console.WriteLine($"Ignoring the checkpoint at {checkpointPath}: it belongs to a copy from {resume.From} to {resume.To}.");
            resume = null;
        }

        if (resume is not null)
            Console.WriteLine($"Resuming the copy at '{resume.Phase}' after {resume.Copied} records (checkpoint {checkpointPath}).");

        var copier = new GraphCopier(source, target, batchSize);
        var complete = await copier.RunAsync(resume, (phase, step, copied) =>
        {
            new CopyCheckpoint(from.ToString(), to.ToString(), phase, step.After, copied).Save(checkpointPath);
            Console.WriteLine(step.More ? $"{phase}: {copied} of {step.Total}" : $"{phase}: {copied} of {step.Total}, done");
            return Task.CompletedTask;
        }, MaxBatches, ct);

        if (!complete)
        {
            Console.WriteLine($"Stopped after {MaxBatches} batches; run the same command again to resume.");
            return 3;
        }

        File.Delete(checkpointPath);
        var counts = await target.CountAsync(ct);
        Console.WriteLine($"Copied from {from} to {to}: {counts.Actors} actors, {counts.Claims} claims, {counts.Sources} sources, {counts.Statements} statements, {counts.ClaimLinks} claim links.");
        return 0;
    }

    private static Dictionary<string, string> Options(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is not ("--from" or "--to" or "--batch-size") || i + 1 >= args.Count)
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            options[args[i]] = args[++i];
        }

        return options;
    }
}
