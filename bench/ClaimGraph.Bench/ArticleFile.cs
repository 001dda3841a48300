using System.Text.Json;
using ClaimGraph.Ingest.Evaluation;

namespace ClaimGraph.Bench;

/// <summary>
/// Writes an NDJSON file of articles for `ingest`: ~5 KB articles built from the annotated evaluation paragraphs as
/// ingest-eval builds them, repeated to the count asked for, each with its own id (so each commits as a new source).
/// </summary>
public static class ArticleFile
{
    public static async Task<int> WriteAsync(string evaluationFolder, int count, string outPath)
    {
        var paragraphs = Directory.GetFiles(evaluationFolder, "*.ndjson").Order(StringComparer.Ordinal).SelectMany(GoldParagraph.Load).ToList();
        var articles = IngestEvaluation.Articles(paragraphs, 5 * 1024);
        await using var output = new StreamWriter(outPath);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var (text, language) = articles[i % articles.Count];
            bytes += System.Text.Encoding.UTF8.GetByteCount(text);
            await output.WriteLineAsync(JsonSerializer.Serialize(new { id = $"bench-article-{i + 1}", language, text }));
        }

        Console.Error.WriteLine($"{outPath}: {count} articles ({articles.Count} distinct) of {bytes / count / 1024.0:0.0} KB on average");
        return 0;
    }
}
