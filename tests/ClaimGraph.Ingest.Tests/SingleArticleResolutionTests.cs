using System.Globalization;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Ingest.Draft;
using ClaimGraph.Ingest.Resolution;
using ClaimGraph.Ingest.Tests.Support;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>
/// One article resolved with a few store look-ups proposes what a bulk run's in-memory index proposes: through the store's
/// claim-term index whatever the document counts, and on a small store through full-text search too (stores without the index).
/// </summary>
public sealed class SingleArticleResolutionTests : IDisposable
{
    private readonly TempStore _store = new();

    [Fact]
    public async Task On_a_small_store_single_article_and_bulk_paths_propose_the_same_actors_and_claims()
    {
        await _store.ImportSeedAsync();
        // A second article committed first, so the store holds claims and actors of two articles.
        var norland = await _store.Extractor.ExtractAsync(new ArticleInput(File.ReadAllText(TestFiles.Example("norland-ministry.txt")), SourceId: "norland"));
        await _store.Committer.CommitAsync(norland);
        var index = await _store.Extractor.LoadIndexAsync();

        var articles = new[]
        {
            new ArticleInput(File.ReadAllText(TestFiles.SeedText), SourceId: "seed-copy", Publisher: "baladi-news"),
            new ArticleInput(File.ReadAllText(TestFiles.Example("norland-ministry.txt")).Replace("denied", "confirmed", StringComparison.Ordinal), SourceId: "norland-2"),
        };
        var proposedClaims = 0;
        foreach (var input in articles)
        {
            var single = await _store.Extractor.ExtractAsync(input);
            var bulk = await _store.Extractor.ExtractAsync(input, index);

            Assert.Equal(bulk.Actors, single.Actors);
            Assert.Equal(bulk.Statements, single.Statements);
            Assert.Equal(bulk.Claims.Count, single.Claims.Count);
            for (var i = 0; i < bulk.Claims.Count; i++)
                Assert.Equal(bulk.Claims[i].Candidates ?? [], single.Claims[i].Candidates ?? []);
            proposedClaims += single.Claims.Count(c => c.Candidates is { Count: > 0 });
            Assert.Contains(single.Actors, a => !a.IsNew);
        }

        Assert.True(proposedClaims >= 5, $"only {proposedClaims} claims were offered stored candidates");
    }

    [Fact]
    public async Task One_article_costs_a_fixed_handful_of_store_calls_not_one_per_word()
    {
        await _store.ImportSeedAsync();
        var counting = CallCounter.Over(_store.Store);
        var extractor = new ArticleExtractor((IClaimStore)counting, Microsoft.Extensions.Options.Options.Create(new IngestOptions()));

        var draft = await extractor.ExtractAsync(new ArticleInput(File.ReadAllText(TestFiles.SeedText), Publisher: "baladi-news"));

        Assert.True(draft.Claims.Count >= 10);
        // The publisher by id; one look-up of the actors the speakers name; one count of the claims holding each claim term, one
        // look-up of the best claims holding the rarest ones and one read of them. No full-text search.
        Assert.Equal(5, counting.Calls);
        Assert.Equal(0, counting.Searches);
    }

    [Fact]
    public async Task Terms_common_in_other_documents_but_rare_in_claims_are_probed_as_the_index_probes_them()
    {
        // The 100k failure in small: every word of the claim is in over a thousand search documents (actor names here, quotes and
        // titles there), so counted over documents none is searched, while over claims each is rare.
        var actors = Enumerable.Range(0, StoreResolution.TermDocumentLimit + 1)
            .Select(i => new Actor(string.Create(CultureInfo.InvariantCulture, $"a{i:D4}"), string.Create(CultureInfo.InvariantCulture, $"Kelmbridge Reservoir Overflow Watch {i}"), "en", ActorKind.Organisation, []));
        var claims = new[]
        {
            new Claim("kelm", "Kelmbridge reservoir overflowed", "en", []),
            new Claim("kelm-2", "The Kelmbridge reservoir overflowed at dawn", "en", []),
            new Claim("other", "The delegation arrived in the capital", "en", []),
        };
        await new ClaimGraph.Core.Import.GraphImporter(_store.Store).ImportAsync(new ClaimGraph.Core.Import.ImportBatch(actors.ToList(), [], claims, [], []));
        var index = await _store.Extractor.LoadIndexAsync();
        List<(string, HashSet<string>)> proposed = [("the Kelmbridge reservoir overflowed", ClaimSimilarity.Terms("the Kelmbridge reservoir overflowed"))];

        var fromIndex = await index.CandidatesAsync(proposed, 0.35);
        var byDocuments = await new StoreResolution(NoCounts.WithoutClaimTerms(_store.Store)).CandidatesAsync(proposed, 0.35);
        var byClaims = await new StoreResolution(_store.Store).CandidatesAsync(proposed, 0.35);

        Assert.Equal(["kelm", "kelm-2"], fromIndex[0].Select(c => c.ClaimId));
        Assert.Empty(byDocuments[0]);
        Assert.Equal(fromIndex[0], byClaims[0]);
    }

    [Fact]
    public async Task Of_many_stored_claims_scoring_alike_the_store_proposes_the_same_three_as_the_index()
    {
        // Sixty stored claims hold exactly the proposed claim's terms (score 1), forty more all but one: the index proposes the three
        // lowest ids of the sixty; the store must not stop at a limit before it has seen them.
        var claims = Enumerable.Range(0, 100)
            .Select(i => new Claim(string.Create(CultureInfo.InvariantCulture, $"c{(i * 37) % 100:D3}"),
                i < 60 ? string.Create(CultureInfo.InvariantCulture, $"reservoir levels fell sharply ({i})") : "reservoir levels fell", "en", []))
            .ToList();
        await new ClaimGraph.Core.Import.GraphImporter(_store.Store).ImportAsync(new ClaimGraph.Core.Import.ImportBatch([], [], claims, [], []));
        var index = await _store.Extractor.LoadIndexAsync();
        List<(string, HashSet<string>)> proposed = [("reservoir levels fell sharply", ClaimSimilarity.Terms("reservoir levels fell sharply"))];

        var fromIndex = await index.CandidatesAsync(proposed, 0.35);
        var fromStore = await new StoreResolution(_store.Store).CandidatesAsync(proposed, 0.35);

        Assert.Equal(3, fromIndex[0].Count);
        Assert.All(fromIndex[0], c => Assert.Equal(1.0, c.Score));
        Assert.Equal(fromIndex[0], fromStore[0]);
    }

    [Fact]
    public async Task Past_the_document_budget_the_commonest_words_are_left_out_and_the_rare_ones_still_find_their_node()
    {
        var claims = Enumerable.Range(0, 300).Select(i => new Claim($"c{i}", $"reservoir levels fell in district {i}", "en", []))
            .Append(new Claim("kelm", "reservoir near Kelmbridge overflowed", "en", [])).ToList();
        await new ClaimGraph.Core.Import.GraphImporter(_store.Store).ImportAsync(new ClaimGraph.Core.Import.ImportBatch([], [], claims, [], []));
        IClaimStore store = _store.Store;

        var all = await store.SearchAnyAsync(["kelmbridge", "reservoir"], [NodeKind.Claim], 1_000, int.MaxValue);
        Assert.Equal(301, all.Count);

        // "reservoir" is in 301 documents: over a quarter of a budget of 400, so only "kelmbridge" is searched.
        var budgeted = await store.SearchAnyAsync(["kelmbridge", "reservoir"], [NodeKind.Claim], 1_000, 400);
        Assert.Equal("kelm", Assert.Single(budgeted).Id);

    }

    [Fact]
    public async Task A_term_in_more_documents_than_the_limit_proposes_no_claim_by_itself_but_counts_in_the_score_as_in_the_index()
    {
        var claims = Enumerable.Range(0, StoreResolution.TermDocumentLimit + 1)
            .Select(i => new Claim(string.Create(CultureInfo.InvariantCulture, $"c{i:D4}"), string.Create(CultureInfo.InvariantCulture, $"reservoir levels fell in district {i}"), "en", []))
            .Append(new Claim("kelm", "Kelmbridge reservoir levels overflowed", "en", [])).ToList();
        await new ClaimGraph.Core.Import.GraphImporter(_store.Store).ImportAsync(new ClaimGraph.Core.Import.ImportBatch([], [], claims, [], []));
        var index = await _store.Extractor.LoadIndexAsync();
        List<(string, HashSet<string>)> proposed =
        [
            ("reservoir levels fell in district 7", ClaimSimilarity.Terms("reservoir levels fell in district 7")),
            ("Kelmbridge reservoir levels overflowed again", ClaimSimilarity.Terms("Kelmbridge reservoir levels overflowed again")),
        ];

        var fromStore = await new StoreResolution(_store.Store).CandidatesAsync(proposed, 0.35);
        var fromIndex = await index.CandidatesAsync(proposed, 0.35);

        // Every word of the first is in over a thousand documents: neither path proposes the district claims it reads like.
        Assert.Empty(fromStore[0]);
        var kelm = Assert.Single(fromStore[1]);
        Assert.Equal(("kelm", 0.889), (kelm.ClaimId, kelm.Score));
        Assert.Equal(fromIndex[0], fromStore[0]);
        Assert.Equal(fromIndex[1], fromStore[1]);
    }

    [Theory]
    [InlineData("claim terms")]
    [InlineData("document counts")]
    [InlineData("neither")]
    public async Task Words_whose_stem_starts_with_waw_or_fa_after_the_article_find_their_claims_as_in_the_index(string storeKeeps)
    {
        // The index keeps the و/ف of a word after the article (الوزير, الفصائل are indexed as وزير, فصايل), while a claim's terms drop every leading و/ف.
        var claims = new[]
        {
            new Claim("factions", "الفصائل الوطنية تنسحب من الولاية الشمالية", "ar", []),
            new Claim("minister", "الوزير الفرنسي يزور الوفد", "ar", []),
        };
        await new ClaimGraph.Core.Import.GraphImporter(_store.Store).ImportAsync(new ClaimGraph.Core.Import.ImportBatch([], [], claims, [], []));
        var index = await _store.Extractor.LoadIndexAsync();
        List<(string, HashSet<string>)> proposed =
        [
            ("وأكدت أن الفصائل الوطنية تنسحب من الولاية", ClaimSimilarity.Terms("وأكدت أن الفصائل الوطنية تنسحب من الولاية")),
            ("وفد فرنسي يزور الوزير", ClaimSimilarity.Terms("وفد فرنسي يزور الوزير")),
        ];
        IClaimStore store = storeKeeps switch
        {
            "claim terms" => _store.Store,
            "document counts" => NoCounts.WithoutClaimTerms(_store.Store),
            _ => NoCounts.Over(_store.Store),
        };

        var fromStore = await new StoreResolution(store).CandidatesAsync(proposed, 0.35);
        var fromIndex = await index.CandidatesAsync(proposed, 0.35);

        Assert.Equal("factions", Assert.Single(fromIndex[0]).ClaimId);
        Assert.Equal("minister", Assert.Single(fromIndex[1]).ClaimId);
        Assert.Equal(fromIndex[0], fromStore[0]);
        Assert.Equal(fromIndex[1], fromStore[1]);
    }

    [Fact]
    public async Task A_store_without_claim_terms_or_document_counts_is_searched_for_every_term_and_proposes_what_the_index_proposes()
    {
        await _store.ImportSeedAsync();
        var index = await _store.Extractor.LoadIndexAsync();
        var extractor = new ArticleExtractor(NoCounts.Over(_store.Store), Microsoft.Extensions.Options.Options.Create(new IngestOptions()));
        var input = new ArticleInput(File.ReadAllText(TestFiles.SeedText), SourceId: "seed-copy", Publisher: "baladi-news");

        var single = await extractor.ExtractAsync(input);
        var bulk = await _store.Extractor.ExtractAsync(input, index);

        Assert.Equal(bulk.Claims.Select(c => c.Candidates ?? []), single.Claims.Select(c => c.Candidates ?? []));
        Assert.True(single.Claims.Count(c => c.Candidates is { Count: > 0 }) >= 5);
    }

    public void Dispose() => _store.Dispose();
}
