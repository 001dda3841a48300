using System.Diagnostics;
using ClaimGraph.Core.Text;
using ClaimGraph.Ingest.Rules;

namespace ClaimGraph.Ingest.Evaluation;

/// <summary>
/// Scores the statement rules on annotated paragraphs. A found statement is paired with the annotated
/// one whose quote its evidence overlaps most (each used once); the speaker counts as right when one
/// name's folded words contain the other's (سامر العطار within المتحدث باسم البلدية، سامر العطار).
/// </summary>
public static class IngestEvaluation
{
    public static EvaluationReport Run(IReadOnlyList<GoldParagraph> paragraphs)
    {
        int predicted = 0, gold = 0, speakerOk = 0, stanceOk = 0, bothOk = 0, relayOk = 0, relayGold = 0, relayFound = 0;
        var misses = new List<string>();
        foreach (var p in paragraphs)
        {
            var found = StatementExtractor.Extract(p.Text, p.Language);
            predicted += found.Count;
            gold += p.Statements.Count;
            relayGold += p.Statements.Count(s => s.RelayedBy is not null);
            relayFound += found.Count(f => f.RelayedBy is not null);
            var pairs = new List<(int Overlap, int F, int G)>();
            for (var f = 0; f < found.Count; f++)
            {
                for (var g = 0; g < p.Statements.Count; g++)
                {
                    var start = p.Text.IndexOf(p.Statements[g].Quote, StringComparison.Ordinal);
                    var end = start + p.Statements[g].Quote.Length;
                    var overlap = Math.Min(end, found[f].Evidence.End) - Math.Max(start, found[f].Evidence.Start);
                    if (overlap > 0)
                        pairs.Add((overlap, f, g));
                }
            }

            var usedF = new HashSet<int>();
            var usedG = new HashSet<int>();
            foreach (var (_, f, g) in pairs.OrderByDescending(x => x.Overlap))
            {
                if (!usedF.Add(f))
                    continue;
                if (!usedG.Add(g))
                {
                    usedF.Remove(f);
                    continue;
                }

                var a = found[f];
                var s = p.Statements[g];
                var speaker = SameName(a.Speaker!.Name, s.Speaker) || SameName(a.Speaker.Phrase.Text, s.Speaker);
                var stance = a.Stance == s.Stance;
                speakerOk += speaker ? 1 : 0;
                stanceOk += stance ? 1 : 0;
                bothOk += speaker && stance ? 1 : 0;
                if (s.RelayedBy is not null && a.RelayedBy is not null && SameName(a.RelayedBy.Name, s.RelayedBy))
                    relayOk++;
                else if (s.RelayedBy is not null || a.RelayedBy is not null)
                    misses.Add($"{p.Id}: relayed by {a.RelayedBy?.Name ?? "nobody"}, annotated {s.RelayedBy ?? "nobody"}");
                if (!speaker || !stance)
                    misses.Add($"{p.Id}: found {a.Speaker.Name} {a.Stance}, annotated {s.Speaker} {s.Stance}");
            }

            for (var g = 0; g < p.Statements.Count; g++)
                if (!usedG.Contains(g))
                    misses.Add($"{p.Id}: missed {p.Statements[g].Speaker} {p.Statements[g].Stance} «{p.Statements[g].Quote}»");
            for (var f = 0; f < found.Count; f++)
                if (!usedF.Contains(f))
                    misses.Add($"{p.Id}: extra {found[f].Speaker!.Name} {found[f].Stance} «{found[f].Evidence.Text}»");
        }

        return new EvaluationReport(new Score(speakerOk, predicted, gold), new Score(stanceOk, predicted, gold),
            new Score(bothOk, predicted, gold), new Score(relayOk, relayFound, relayGold), misses);
    }

    /// <summary>Articles of about <paramref name="articleBytes"/> UTF-8 bytes per second, on this thread, for the rules alone.</summary>
    public static (double ArticlesPerSecond, int Articles, double AverageBytes) Throughput(IReadOnlyList<GoldParagraph> paragraphs, int articleBytes, TimeSpan duration)
    {
        var articles = Articles(paragraphs, articleBytes);
        foreach (var (text, language) in articles)
            StatementExtractor.Extract(text, language);
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed < duration)
        {
            var (text, language) = articles[count % articles.Count];
            StatementExtractor.Extract(text, language);
            count++;
        }

        return (count / clock.Elapsed.TotalSeconds, count, articles.Average(a => System.Text.Encoding.UTF8.GetByteCount(a.Text)));
    }

    /// <summary>
    /// Articles of about <paramref name="articleBytes"/> UTF-8 bytes per second through the whole extractor (rules,
    /// resolution, claims, draft), each article resolved with look-ups in the store (as the GraphQL draft does).
    /// </summary>
    public static async Task<BulkThroughput> PipelineThroughputAsync(ArticleExtractor extractor, IReadOnlyList<GoldParagraph> paragraphs, int articleBytes, TimeSpan duration, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var articles = Articles(paragraphs, articleBytes);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed < duration)
        {
            var (text, language) = articles[count % articles.Count];
            await extractor.ExtractAsync(new Draft.ArticleInput(text, Language: language), ct);
            count++;
        }

        return new BulkThroughput(count / clock.Elapsed.TotalSeconds, PerCpuSecond(count, cpu), count, TimeSpan.Zero, 0, 0);
    }

    /// <summary>
    /// As <see cref="PipelineThroughputAsync"/>, but as a bulk run does it: the store's actors and claims are loaded
    /// into a <see cref="Resolution.ResolutionIndex"/> first (its time counts in the rate) and every article is resolved against it.
    /// </summary>
    public static async Task<BulkThroughput> BulkThroughputAsync(ArticleExtractor extractor, IReadOnlyList<GoldParagraph> paragraphs, int articleBytes, TimeSpan duration, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var articles = Articles(paragraphs, articleBytes);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var index = await extractor.LoadIndexAsync(ct);
        var load = clock.Elapsed;
        var count = 0;
        while (clock.Elapsed < duration + load)
        {
            var (text, language) = articles[count % articles.Count];
            await extractor.ExtractAsync(new Draft.ArticleInput(text, Language: language), index, ct);
            count++;
        }

        return new BulkThroughput(count / clock.Elapsed.TotalSeconds, PerCpuSecond(count, cpu), count, load, index.ActorCount, index.ClaimCount,
            count / (clock.Elapsed - load).TotalSeconds);
    }

    // On a shared machine the wall clock counts other people's work; the process's CPU time (all its threads) does not.
    private static double PerCpuSecond(int count, TimeSpan cpuBefore)
    {
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        return used > 0 ? count / used : 0;
    }

    /// <summary>Articles of about <paramref name="articleBytes"/> UTF-8 bytes, one per paragraph of each language, made of it and the paragraphs after it.</summary>
    public static List<(string Text, string Language)> Articles(IReadOnlyList<GoldParagraph> paragraphs, int articleBytes)
    {
        var articles = new List<(string Text, string Language)>();
        foreach (var language in new[] { "ar", "en" })
        {
            var pool = paragraphs.Where(p => p.Language == language).ToList();
            for (var offset = 0; offset < pool.Count; offset++)
            {
                var sb = new System.Text.StringBuilder();
                for (var k = offset; System.Text.Encoding.UTF8.GetByteCount(sb.ToString()) < articleBytes; k++)
                    sb.Append(pool[k % pool.Count].Text).Append('\n');
                articles.Add((sb.ToString(), language));
            }
        }

        return articles;
    }

    private static bool SameName(string found, string gold)
    {
        var f = TextNormalizer.Key(found).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var g = TextNormalizer.Key(gold).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return f.Count > 0 && g.Count > 0 && (f.IsSubsetOf(g) || g.IsSubsetOf(f));
    }
}
