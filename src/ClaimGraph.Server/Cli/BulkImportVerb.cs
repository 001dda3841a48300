using System.Globalization;
using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Import.Bulk;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Server.Cli;

/// <summary>
/// Streams a large import file into the store in batches (dependency order required), printing
/// progress; resumes an interrupted run of the same file from its last committed batch.
/// </summary>
public sealed class BulkImportVerb : ICliVerb
{
    public string Name => "bulk-import";

    public string Usage => "bulk-import FILE.ndjson [--batch 10000]   (records in dependency order; resumes after an interruption)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        var options = CliOptions.Parse(args);
        var files = CliOptions.Positional(options);
        var batch = 10_000;
        if (files.Count != 1 || (options.TryGetValue("--batch", out var batchText) && !int.TryParse(batchText, CultureInfo.InvariantCulture, out batch)) || batch < 1)
        {
            await Console.Error.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        var importer = new BulkImporter(services.GetRequiredService<IClaimStore>());
        var progress = new SynchronousProgress(p => Console.WriteLine(p.Rebuilding
            ? "all batches committed; rebuilding the indexes, claim sides and search index deferred by the bulk phase"
            : string.Create(CultureInfo.InvariantCulture,
                $"line {p.Line} ({100.0 * p.ByteOffset / Math.Max(1, p.FileLength):F0}%): {p.Records} records committed, {p.Statements} statements this run, {p.StatementsPerSecond:F0} statements/s")));
        try
        {
            var r = await importer.ImportAsync(CliPaths.Resolve(files[0]), batch, progress, ct);
            var resumed = r.ResumedAtLine > 0 ? $" (resumed after line {r.ResumedAtLine})" : string.Empty;
            var phase = r.BulkPhase
                ? string.Create(CultureInfo.InvariantCulture, $"; bulk phase, rebuild {r.Rebuild.TotalSeconds:F1} s")
                : "; no bulk phase (the store is open elsewhere, or the import is small next to what it holds): indexes kept live";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{files[0]}: {r.Actors} actors, {r.Sources} sources, {r.Claims} claims, {r.Statements} statements, {r.ClaimLinks} claim links in {r.Batches} batches, {r.Elapsed.TotalSeconds:F1} s, {r.Statements / Math.Max(0.001, r.Elapsed.TotalSeconds):F0} statements/s{resumed}{phase}"));
            return 0;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"{files[0]}: interrupted; committed batches are kept, run the same command again to resume.");
            return 130;
        }
        catch (Exception ex) when (ex is ImportException or ClaimGraphException or StoreConstraintException or IOException)
        {
            var field = ex is ClaimGraphException { Field: { } where } ? $" ({where})" : string.Empty;
            await Console.Error.WriteLineAsync($"{files[0]}: {ex.Message}{field}");
            await Console.Error.WriteLineAsync("Batches before the failing one are committed; fix the file and run the same command again to resume.");
            return 1;
        }
    }

    private sealed class SynchronousProgress(Action<BulkImportProgress> report) : IProgress<BulkImportProgress>
    {
        public void Report(BulkImportProgress value) => report(value);
    }
}
