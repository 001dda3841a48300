using ClaimGraph.Core.Import;
using ClaimGraph.Ingest.Draft;
using ClaimGraph.Ingest.Tests.Support;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

public sealed class DraftNdjsonTests : IDisposable
{
    private readonly TempStore _store = new();

    [Fact]
    public async Task A_draft_written_as_ndjson_imports_as_it_is()
    {
        await _store.ImportSeedAsync();
        var draft = await _store.Extractor.ExtractAsync(new ArticleInput(File.ReadAllText(TestFiles.SeedText), SourceId: "seed-again"));
        var lines = DraftBatch.ToNdjson(draft).ToList();
        Assert.Contains(lines, l => l.StartsWith("// actor 'قوات سوريا الديمقراطية' matched existing actor 'sdf'", StringComparison.Ordinal));

        var result = await new GraphImporter(_store.Store).ImportAsync(ImportReader.Parse(lines));
        Assert.Equal(draft.Statements.Count, result.Statements);
        Assert.Equal(draft.Actors.Count(a => a.IsNew), result.Actors);
    }

    [Fact]
    public async Task An_outlet_named_with_and_without_the_article_is_one_actor()
    {
        var draft = await _store.Extractor.ExtractAsync(new ArticleInput(
            "A senior official told the Harbour Times that the cabinet would meet on Sunday.", Publisher: "Harbour Times"));
        Assert.Equal("Harbour Times", Assert.Single(draft.Actors, a => a.Name.Contains("Harbour Times", StringComparison.Ordinal)).Name);
        Assert.Equal(draft.Source.PublisherRef, draft.Statements.Single().RelayedByRef);
    }

    public void Dispose() => _store.Dispose();
}
