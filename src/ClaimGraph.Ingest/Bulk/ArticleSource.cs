using System.Text;
using System.Text.Json;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest.Bulk;

/// <summary>
/// Articles to ingest from files: a .txt file is one article; a .ndjson/.jsonl file holds one article a
/// line ({"text": ..., "publisher": ..., "url": ...}); a folder contributes its .txt, .ndjson and .jsonl
/// files in name order (not *.graph.ndjson). The defaults fill what a line or file does not say.
/// </summary>
public static class ArticleSource
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEnumerable<ArticleItem> Read(IEnumerable<string> paths, ArticleInput defaults)
    {
        foreach (var path in paths)
        {
            var files = Directory.Exists(path) ? Directory.GetFiles(path).Where(IsArticleFile).Order(StringComparer.Ordinal).ToArray() : [path];
            foreach (var item in files.SelectMany(f => ReadFile(f, defaults)))
                yield return item;
        }
    }

    private static bool IsArticleFile(string f) =>
        f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || IsLines(f) && !f.EndsWith(".graph.ndjson", StringComparison.OrdinalIgnoreCase);

    private static bool IsLines(string f) =>
        f.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<ArticleItem> ReadFile(string path, ArticleInput defaults)
    {
        if (!File.Exists(path))
            return [new ArticleItem(path, null, "no such file or folder.")];
        if (!IsLines(path))
        {
            try
            {
                return [new ArticleItem(path, defaults with { Text = File.ReadAllText(path, new UTF8Encoding(false, true)) }, null)];
            }
            catch (DecoderFallbackException)
            {
                return [new ArticleItem(path, null, "not UTF-8 text (binary data?).")];
            }
        }

        return ReadLines(path, defaults);
    }

    private static IEnumerable<ArticleItem> ReadLines(string path, ArticleInput defaults)
    {
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Trim().Length == 0)
                continue;
            var name = $"{path}:{lineNo}";
            ArticleLine? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize<ArticleLine>(line, Json);
            }
            catch (JsonException ex)
            {
                parsed = null;
                name += $" ({ex.Message.Split(" Path:")[0]})";
            }

            yield return parsed?.Text is null
                ? new ArticleItem(name, null, "the line is not an article object with a \"text\".")
                : new ArticleItem(name, parsed.ToInput(defaults), null);
        }
    }
}
