using ClaimGraph.Ingest.Bulk;
using ClaimGraph.Ingest.Draft;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

public sealed class BulkSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimgraph-bulk-").FullName;

    [Fact]
    public void A_folder_gives_its_text_files_and_every_line_of_its_article_files_in_order()
    {
        File.WriteAllText(Path.Combine(_folder, "b.txt"), "وقال الوزير إن الاجتماع انتهى.");
        File.WriteAllLines(Path.Combine(_folder, "a.ndjson"),
        [
            """{"text":"The mayor said that the bridge would reopen.","publisher":"Harbour Times","url":"https://example.org/1","id":"bridge-1"}""",
            "",
            """{"title":"no text here"}""",
            "not json",
        ]);
        File.WriteAllText(Path.Combine(_folder, "x.graph.ndjson"), "{}");
        File.WriteAllBytes(Path.Combine(_folder, "c.txt"), [0x41, 0xC3, 0x28, 0x00]);

        var items = ArticleSource.Read([_folder], new ArticleInput("", Language: "en")).ToList();

        Assert.Equal(5, items.Count);
        var first = items[0].Input!;
        Assert.Equal(("bridge-1", "Harbour Times", "https://example.org/1", "en"), (first.SourceId, first.Publisher, first.Url, first.Language));
        Assert.Contains("\"text\"", items[1].Error, StringComparison.Ordinal);
        Assert.NotNull(items[2].Error);
        Assert.Contains("الوزير", items[3].Input!.Text, StringComparison.Ordinal);
        Assert.Contains("UTF-8", items[4].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_reported_not_thrown()
    {
        var item = Assert.Single(ArticleSource.Read([Path.Combine(_folder, "nope.txt")], new ArticleInput("")));
        Assert.Null(item.Input);
        Assert.Contains("no such file", item.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
