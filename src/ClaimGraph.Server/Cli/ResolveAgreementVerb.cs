using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Draft;
using ClaimGraph.Ingest.Evaluation;
using ClaimGraph.Ingest.Resolution;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.Cli;

/// <summary>
/// Compares, on the configured store (read only), the stored claims proposed for the claims of ~5 KB articles (built as
/// ingest-eval builds them) by the per-article store path and by a bulk run's in-memory index.
/// </summary>
public sealed class ResolveAgreementVerb : ICliVerb
{
    public string Name => "resolve-agreement";

    public string Usage => $"resolve-agreement [PARAGRAPHS.ndjson ...] [--articles N]   (default: {EvaluationSets.DefaultFolder}/*.ndjson, every article)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        var options = CliOptions.Parse(args);
        var (articleCount, error) = EvaluationSets.Number(options, "--articles", int.MaxValue, int.MaxValue, "a whole number of articles");
        if (error is null && articleCount != Math.Floor(articleCount))
            error = $"--articles takes a whole number of articles, not '{options["--articles"]}'.";
        var (files, noFiles) = EvaluationSets.Files(options, Usage);
        if ((error ?? noFiles) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }

        var paragraphs = new List<GoldParagraph>();
        foreach (var file in files)
        {
            var (loaded, invalid) = EvaluationSets.Load(file);
            if (invalid is not null)
            {
                await Console.Error.WriteLineAsync(invalid);
                return 2;
            }

            paragraphs.AddRange(loaded);
        }

        var limit = (int)articleCount;
        var articles = IngestEvaluation.Articles(paragraphs, 5 * 1024).Take(limit).ToList();
        var extractor = services.GetRequiredService<ArticleExtractor>();
        var index = await extractor.LoadIndexAsync(ct);
        Console.WriteLine($"index: {index.ActorCount} actors, {index.ClaimCount} claims");
        var threshold = services.GetRequiredService<IOptions<IngestOptions>>().Value.CandidateThreshold;
        var store = services.GetRequiredService<IClaimStore>();
        var perArticle = new StoreResolution(store);
        var drafted = new List<IReadOnlyList<string>>();
        foreach (var (text, language) in articles)
            drafted.Add((await extractor.ExtractAsync(new ArticleInput(text, Language: language), index, ct)).Claims.Select(c => c.Text).ToList());
        Console.WriteLine("the claims of the evaluation articles:");
        foreach (var line in (await ResolutionAgreement.MeasureAsync(perArticle, index, drafted, threshold, ct)).Lines())
            Console.WriteLine($"  {line}");

        Console.WriteLine($"stored claims less their last word, {ClaimsPerArticle} an article:");
        foreach (var line in (await ResolutionAgreement.MeasureAsync(perArticle, index, await StoredSampleAsync(store, Math.Min(limit, 50), ct), threshold, ct)).Lines())
            Console.WriteLine($"  {line}");
        return 0;
    }

    private const int ClaimsPerArticle = 40;

    // Every claim of the store's first pages, spread over articles; the last word dropped so each reads like a near-duplicate.
    private static async Task<IReadOnlyList<IReadOnlyList<string>>> StoredSampleAsync(IClaimStore store, int articles, CancellationToken ct)
    {
        var page = await store.QueryClaimsAsync(new ClaimQuery(), new PageRequest(Math.Min(5_000, articles * ClaimsPerArticle * 7)), ct);
        var texts = page.Items.Where((_, i) => i % 7 == 0).Select(c => c.Node.Text)
            .Select(t => t.LastIndexOf(' ') is var space and > 0 ? t[..space] : t).ToList();
        return texts.Chunk(ClaimsPerArticle).Take(articles).Select(c => (IReadOnlyList<string>)c).ToList();
    }
}
