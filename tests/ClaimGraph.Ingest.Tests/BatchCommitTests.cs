using ClaimGraph.Ingest.Draft;
using ClaimGraph.Ingest.Tests.Support;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Drafts committed as a batch share one transaction, yet each stays all or nothing.</summary>
public sealed class BatchCommitTests : IDisposable
{
    private readonly TempStore _store = new();

    [Fact]
    public async Task A_batch_of_good_drafts_is_written_whole()
    {
        var drafts = await DraftsAsync(3);

        var outcomes = await _store.Committer.CommitAllAsync(drafts);

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(drafts.Sum(d => d.Statements.Count), outcomes.Sum(o => o.Result!.Statements));
        var counts = await _store.Store.CountAsync();
        Assert.Equal((3, drafts.Sum(d => d.Statements.Count)), (counts.Sources, counts.Statements));
    }

    [Fact]
    public async Task A_bad_draft_in_a_batch_keeps_out_only_itself()
    {
        var drafts = await DraftsAsync(3);
        var bad = drafts[1] with { Statements = [drafts[1].Statements[0] with { SpeakerRef = "no-such-actor" }] };

        var outcomes = await _store.Committer.CommitAllAsync([drafts[0], bad, drafts[2]]);

        Assert.Null(outcomes[0].Error);
        Assert.Contains("no-such-actor", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Null(outcomes[1].Result);
        Assert.Null(outcomes[2].Error);
        var counts = await _store.Store.CountAsync();
        Assert.Equal((2, drafts[0].Statements.Count + drafts[2].Statements.Count), (counts.Sources, counts.Statements));
        Assert.Empty(await _store.Store.GetSourcesAsync([bad.Source.Id]));
    }

    private async Task<List<ExtractionDraft>> DraftsAsync(int count)
    {
        var drafts = new List<ExtractionDraft>();
        for (var i = 0; i < count; i++)
            drafts.Add(await _store.Extractor.ExtractAsync(new ArticleInput(
                $"The ministry said that the port number {i} would reopen on Monday. Officials denied that ships had been seized near pier {i}.", SourceId: $"port-{i}")));
        Assert.All(drafts, d => Assert.Equal(2, d.Statements.Count));
        return drafts;
    }

    public void Dispose() => _store.Dispose();
}
