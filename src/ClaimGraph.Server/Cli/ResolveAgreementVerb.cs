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
    private const string DefaultFolder = "tests/ClaimGraph.Ingest.Tests/Evaluation";

    public string Name => "resolve-agreement";

    public string Usage => $"resolve-agreement [PARAGRAPHS.ndjson ...] [--articles N]   (default: {DefaultFolder}/*.ndjson, every article)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        var limit = int.MaxValue;
        var files = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--articles" && i + 1 < args.Count)
                limit = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else
                files.Add(CliPaths.Resolve(args[i]));
        }

        var folder = CliPaths.Resolve(DefaultFolder);
        if (files.Count == 0 && Directory.Exists(folder))
            files.AddRange(Directory.GetFiles(folder, "*.ndjson").Order(StringComparer.Ordinal));
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        var articles = IngestEvaluation.Articles(files.SelectMany(GoldParagraph.Load).ToList(), 5 * 1024).Take(limit).ToList();
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
