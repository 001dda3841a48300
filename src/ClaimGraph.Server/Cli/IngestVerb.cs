using System.Diagnostics;
using ClaimGraph.Core.Errors;
using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Bulk;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Server.Cli;

/// <summary>
/// Reads articles (text files, NDJSON files of articles, or folders of them), proposes their statements,
/// and either commits each article's draft (all or nothing per article; --batch N articles, default 50, share one
/// transaction, and if it is refused each is committed on its own) or writes the drafts in the import format. Over several articles the stored actors and claims are read once into a ResolutionIndex,
/// which also learns what each committed article wrote. Progress goes to standard error, so drafts on standard output stay clean NDJSON.
/// </summary>
public sealed class IngestVerb : ICliVerb
{
    public string Name => "ingest";

    public string Usage => "ingest FILE|FOLDER ... [--commit [--batch N]] [--out DRAFT.ndjson] [--publisher ID|NAME] [--author ID|NAME] [--language ar|en] [--title TEXT] [--url URL] [--id SOURCE-ID]";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken ct)
    {
        var options = IngestArguments.Parse(args);
        if (options.Error is not null || options.Paths.Count == 0)
        {
            await Console.Error.WriteLineAsync(options.Error ?? $"usage: {Usage}");
            return 2;
        }

        var extractor = services.GetRequiredService<ArticleExtractor>();
        var committer = services.GetRequiredService<DraftCommitter>();
        await using var output = options.Out is null ? null : new StreamWriter(options.Out, false, new System.Text.UTF8Encoding(false));
        var items = ArticleSource.Read(options.Paths, options.Defaults).ToList();
        int done = 0, failed = 0, statements = 0;
        var clock = Stopwatch.StartNew();
        // Over many articles, one read of the stored actors and claims beats a search per word of each article.
        var index = items.Count > 1 ? await extractor.LoadIndexAsync(ct) : null;
        var pending = new List<(string Prefix, string Summary, ExtractionDraft Draft)>();

        async Task FlushAsync()
        {
            // Outcomes come back in the drafts' order.
            var outcomes = await committer.CommitAllAsync(pending.Select(p => p.Draft).ToList(), ct);
            foreach (var ((prefix, summary, draft), outcome) in pending.Zip(outcomes))
            {
                if (outcome.Result is null)
                {
                    failed++;
                    await Console.Error.WriteLineAsync($"{prefix}: {outcome.Error}");
                }
                else
                {
                    await Console.Error.WriteLineAsync($"{prefix}: committed source '{draft.Source.Id}': {summary}; wrote {outcome.Result.Total} records");
                }
            }

            pending.Clear();
        }

        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            done++;
            var prefix = $"[{done}/{items.Count}] {item.Name}";
            if (item.Input is null)
            {
                failed++;
                await Console.Error.WriteLineAsync($"{prefix}: {item.Error}");
                continue;
            }

            try
            {
                var draft = index is null ? await extractor.ExtractAsync(item.Input, ct) : await extractor.ExtractAsync(item.Input, index, ct);
                statements += draft.Statements.Count;
                var summary = $"{draft.Statements.Count} statements, {draft.Claims.Count} claims, {draft.Actors.Count} actors ({draft.Actors.Count(a => !a.IsNew)} matched)";
                if (options.Commit)
                {
                    // Later articles of the batch resolve against this one's new actors and claims before it is written.
                    index?.Add(draft);
                    pending.Add((prefix, summary, draft));
                    if (pending.Count >= options.Batch)
                        await FlushAsync();
                }
                else
                {
                    await Console.Error.WriteLineAsync($"{prefix}: {summary}");
                }

                if (!options.Commit || output is not null)
                {
                    foreach (var line in DraftBatch.ToNdjson(draft))
                    {
                        if (output is null)
                            Console.WriteLine(line);
                        else
                            await output.WriteLineAsync(line);
                    }
                }
            }
            catch (ClaimGraphException ex)
            {
                failed++;
                await Console.Error.WriteLineAsync($"{prefix}: {ex.Message}");
            }
        }

        await FlushAsync();
        var rate = clock.Elapsed.TotalSeconds > 0 ? done / clock.Elapsed.TotalSeconds : 0;
        await Console.Error.WriteLineAsync($"ingested {done - failed} of {items.Count} articles ({statements} statements) in {clock.Elapsed.TotalSeconds:0.00} s ({rate:0.0} articles/s); {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
