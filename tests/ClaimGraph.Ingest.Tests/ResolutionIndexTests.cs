using ClaimGraph.Core.Import;
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

    [Fact]
    public async Task A_word_in_most_stored_claims_scores_but_does_not_propose_claims_on_its_own()
    {
        // 1,200 claims share "reservoir" (over the 1,000-claim limit); one of them also shares "Kelmbridge".
        var claims = Enumerable.Range(0, 1_200).Select(i => new Claim($"c{i}", $"reservoir levels reported in district number{i}", "en", []))
            .Append(new Claim("kelm", "reservoir near Kelmbridge overflowed", "en", [])).ToList();
        await new GraphImporter(_store.Store).ImportAsync(new ImportBatch([], [], claims, [], []));
        var index = await _store.Extractor.LoadIndexAsync();

        var terms = ClaimGraph.Ingest.Resolution.ClaimSimilarity.Terms("the reservoir near Kelmbridge overflowed");
        var found = Assert.Single(await index.CandidatesAsync([("the reservoir near Kelmbridge overflowed", terms)], 0.35));
        var best = Assert.Single(found);
        Assert.Equal("kelm", best.ClaimId);
        Assert.Equal(1.0, best.Score);

        // Every one of the 1,200 would score 0.57 on "reservoir" and "level" alone: three picked from a tie that
        // wide say nothing, so none is proposed (the trade the limit makes for speed on large stores).
        var commonOnly = ClaimGraph.Ingest.Resolution.ClaimSimilarity.Terms("reservoir levels");
        Assert.Empty(Assert.Single(await index.CandidatesAsync([("reservoir levels", commonOnly)], 0.35)));
    }

    public void Dispose() => _store.Dispose();
}
