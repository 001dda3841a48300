using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Draft;
using ClaimGraph.Ingest.Tests.Support;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>The bulk run's in-memory index resolves as the per-article store look-ups do, and learns what the run commits.</summary>
public sealed class ResolutionIndexTests : IDisposable
{
    private readonly TempStore _store = new();

    [Fact]
    public async Task Over_the_seeded_store_the_index_matches_the_same_actors_and_offers_the_same_best_claims()
    {
        await _store.ImportSeedAsync();
        var input = new ArticleInput(File.ReadAllText(TestFiles.SeedText), SourceId: "baladi-copy", Publisher: "baladi-news");
        var byStore = await _store.Extractor.ExtractAsync(input);
        var index = await _store.Extractor.LoadIndexAsync();
        var byIndex = await _store.Extractor.ExtractAsync(input, index);

        Assert.Equal(13, index.ActorCount);
        Assert.Equal(25, index.ClaimCount);
        Assert.Equal(byStore.Actors.Select(a => (a.Ref, a.MatchedActorId)), byIndex.Actors.Select(a => (a.Ref, a.MatchedActorId)));
        Assert.Equal("baladi-news", byIndex.Source.PublisherRef);
        Assert.Equal(byStore.Statements, byIndex.Statements);
        Assert.Equal(byStore.Claims.Count, byIndex.Claims.Count);
        for (var i = 0; i < byStore.Claims.Count; i++)
        {
            // The store path reads only the top hits of a few words per claim; the index scores every stored
            // claim sharing a term, so it offers at least as much, and the same best claim where both offer one.
            var store = byStore.Claims[i].Candidates ?? [];
            var memory = byIndex.Claims[i].Candidates ?? [];
            Assert.True(memory.Count >= store.Count, $"claim {i}: {memory.Count} < {store.Count}");
            if (store.Count > 0)
                Assert.Equal(store[0].Score, memory[0].Score);
        }

        Assert.Contains(byIndex.Claims, c => c.Candidates is { Count: > 0 } && c.Candidates[0].ClaimId == "negotiations-exist");
    }

    [Fact]
    public async Task What_the_run_commits_resolves_the_next_article()
    {
        var index = await _store.Extractor.LoadIndexAsync();
        var first = await _store.Extractor.ExtractAsync(new ArticleInput(
            "The harbour authority said that the northern pier would reopen on Monday after repairs.", SourceId: "pier-1"), index);
        Assert.All(first.Actors, a => Assert.True(a.IsNew));
        await _store.Committer.CommitAsync(first);
        index.Add(first);

        var second = await _store.Extractor.ExtractAsync(new ArticleInput(
            "The Harbour Authority denied that the northern pier would reopen on Monday after repairs.", SourceId: "pier-2"), index);

        var speaker = Assert.Single(second.Actors, a => a.Kind != ActorKind.AnonymousSource);
        Assert.Equal(first.Statements.Single().SpeakerRef, speaker.MatchedActorId);
        var candidate = Assert.Single(Assert.Single(second.Claims).Candidates!);
        Assert.Equal(first.Claims.Single().Ref, candidate.ClaimId);
        Assert.Equal(1.0, candidate.Score);

        // The per-article look-ups, reading the store the first commit wrote, agree.
        var byStore = await _store.Extractor.ExtractAsync(new ArticleInput(second.Source.Text!, SourceId: "pier-2"));
        Assert.Equal(speaker.MatchedActorId, byStore.Actors.Single(a => a.Kind != ActorKind.AnonymousSource).MatchedActorId);
        Assert.Equal(candidate.ClaimId, Assert.Single(byStore.Claims.Single().Candidates!).ClaimId);
    }

    public void Dispose() => _store.Dispose();
}
