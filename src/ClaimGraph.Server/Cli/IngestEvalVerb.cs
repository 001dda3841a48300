using ClaimGraph.Core.Import;
using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Draft;
using ClaimGraph.Ingest.Evaluation;

namespace ClaimGraph.Server.Cli;

/// <summary>
/// Scores the extraction: precision, recall and F1 for speaker, stance and both, on annotated paragraph
/// files and against the curated seed graph, then throughput on ~5 KB articles on one thread: the rules alone, the
/// whole extractor with per-article store look-ups, and the whole extractor as a bulk run (ResolutionIndex), with the
/// size of the store resolved against.
/// </summary>
public sealed class IngestEvalVerb : ICliVerb
{
    public string Name => "ingest-eval";

    public string Usage => $"ingest-eval [PARAGRAPHS.ndjson ...] [--seconds N] [--misses]   (default: {EvaluationSets.DefaultFolder}/*.ndjson; --misses lists every miss under its scores)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        var misses = args.Contains("--misses");
        var options = CliOptions.Parse(args.Where(a => a != "--misses").ToList());
        var (seconds, error) = EvaluationSets.Number(options, "--seconds", 5, 3600, "a number of seconds");
        var (files, noFiles) = EvaluationSets.Files(options, Usage);
        if ((error ?? noFiles) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }

        var all = new List<GoldParagraph>();
        foreach (var file in files)
        {
            var (paragraphs, invalid) = EvaluationSets.Load(file);
            if (invalid is not null)
            {
                await Console.Error.WriteLineAsync(invalid);
                return 2;
            }

            all.AddRange(paragraphs);
            Print(misses, $"{file}: {paragraphs.Count} paragraphs ({paragraphs.Count(p => p.Language == "ar")} Arabic, {paragraphs.Count(p => p.Language == "en")} English)",
                IngestEvaluation.Run(paragraphs));
        }

        var seedText = Path.Combine(AppContext.BaseDirectory, "seeds", "000_56e233a4a2ee7b21.txt");
        var seedGraph = Path.Combine(AppContext.BaseDirectory, "seeds", "000_56e233a4a2ee7b21.graph.ndjson");
        if (File.Exists(seedText) && File.Exists(seedGraph))
        {
            // Only reads the configured store (to match speakers to stored actors); never writes it.
            var draft = await services.GetRequiredService<ArticleExtractor>().ExtractAsync(new ArticleInput(File.ReadAllText(seedText)), ct);
            Print(misses, "seed article against its curated graph", GraphComparison.Score(draft, ImportReader.ParseFile(seedGraph)));
        }

        var (rate, count, bytes) = IngestEvaluation.Throughput(all, 5 * 1024, TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"throughput: {rate:0} articles/s ({count} articles of {bytes / 1024:0.0} KB on average, one thread, statement rules only)");
        var extractor = services.GetRequiredService<ArticleExtractor>();
        var counts = await services.GetRequiredService<ClaimGraph.Core.Store.IClaimStore>().CountAsync(ct);
        Console.WriteLine($"store: {counts.Actors} actors, {counts.Claims} claims, {counts.Statements} statements, {counts.Sources} sources");
        var pipeline = await IngestEvaluation.PipelineThroughputAsync(extractor, all, 5 * 1024, TimeSpan.FromSeconds(seconds), ct);
        Console.WriteLine($"throughput: {pipeline.ArticlesPerSecond:0} articles/s ({pipeline.ArticlesPerCpuSecond:0} per CPU-second) through the whole extractor, each article resolved by look-ups in the store (as the GraphQL draft), one thread");
        var bulk = await IngestEvaluation.BulkThroughputAsync(extractor, all, 5 * 1024, TimeSpan.FromSeconds(seconds), ct);
        Console.WriteLine($"throughput: {bulk.ArticlesPerSecond:0} articles/s ({bulk.ArticlesPerCpuSecond:0} per CPU-second) through the whole extractor as a bulk run ({bulk.Articles} articles), resolved against the store's {bulk.Actors} actors and {bulk.Claims} claims loaded in {bulk.Load.TotalMilliseconds:0} ms (counted; {bulk.AfterLoadPerSecond:0} articles/s after it), one thread");
        return 0;
    }

    private static void Print(bool misses, string title, EvaluationReport report)
    {
        Console.WriteLine(title);
        foreach (var line in report.Lines())
            Console.WriteLine($"  {line}");
        foreach (var miss in misses ? report.Misses : [])
            Console.WriteLine($"    {miss}");
    }
}
