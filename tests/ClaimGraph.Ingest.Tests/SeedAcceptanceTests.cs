using ClaimGraph.Core.Import;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Ingest.Draft;
using ClaimGraph.Ingest.Evaluation;
using ClaimGraph.Ingest.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace ClaimGraph.Ingest.Tests;

/// <summary>The seed article ingested into an empty store reproduces the key stances of its curated graph.</summary>
public sealed class SeedAcceptanceTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempStore _store = new();

    [Fact]
    public async Task Ingesting_the_seed_into_an_empty_store_reproduces_its_key_stances()
    {
        var draft = await _store.Extractor.ExtractAsync(new ArticleInput(File.ReadAllText(TestFiles.SeedText)));
        var result = await _store.Committer.CommitAsync(draft);
        Assert.Equal(draft.Statements.Count, result.Statements);

        var statements = (await _store.Store.GetStatementsByAsync(StatementEdge.Source, [draft.Source.Id])).ToList();
        var actors = (await _store.Store.GetActorsAsync(statements.Select(s => s.ActorId).Concat(statements.Select(s => s.RelayedById).OfType<string>()).Distinct().ToList()))
            .ToDictionary(a => a.Id);
        var source = (await _store.Store.GetSourcesAsync([draft.Source.Id])).Single();
        string NameOf(string id) => actors[id].Name;
        List<Statement> By(string name, Stance stance) => statements.Where(s => NameOf(s.ActorId) == name && s.Stance == stance).ToList();

        // SDF denies and the Coalition confirms the same claim: the lead "بين نفي من ... وتأكيد من ...".
        var denial = Assert.Single(By("قسد", Stance.Denies));
        var confirmation = Assert.Single(By("التحالف الدولي", Stance.Confirms));
        Assert.Equal(denial.ClaimId, confirmation.ClaimId);
        Assert.Equal("نفي من ميليشيات \"قسد\"", denial.Quote);
        Assert.Equal(ActorKind.ArmedGroup, actors[denial.ActorId].Kind);

        Assert.Equal(3, By("المعلومات المسربة", Stance.Asserts).Count);
        // The sources' own assertion, and the aside "خاصة وأن القصف قد توقف" inside their confirmation.
        var informed = By("مصادر مطلعة", Stance.Asserts).OrderBy(s => s.Span!.Start).ToList();
        Assert.Equal(2, informed.Count);
        Assert.StartsWith("وتفيد مصادر مطلعة", informed[0].Quote, StringComparison.Ordinal);
        Assert.Equal("خاصة وأن القصف قد توقف", informed[1].Quote);
        var confirmed = Assert.Single(By("مصادر مطلعة", Stance.Confirms));
        Assert.StartsWith("وأكدت المصادر", confirmed.Quote, StringComparison.Ordinal);
        Assert.Single(By("بعض المصادر", Stance.Asserts));
        Assert.All(actors.Values.Where(a => a.Name is "المعلومات المسربة" or "مصادر مطلعة" or "بعض المصادر" or "الأنباء الواردة"),
            a => Assert.Equal((ActorKind.AnonymousSource, source.Id), (a.Kind, a.ScopeSourceId)));

        var haskawi = By("صهيب الحسكاوي", Stance.Asserts);
        // The first quote holds two propositions, split at "، وهناك".
        Assert.True(haskawi.Count >= 4);
        Assert.Contains(haskawi, s => s.Quote == "شهدت مدينة الرقة خلال ٢٤ ساعة الماضية هدوءاً كاملاً");
        Assert.All(haskawi, s => Assert.Equal("بلدي نيوز", NameOf(s.RelayedById!)));
        Assert.Equal(source.PublisherId, haskawi[0].RelayedById);
        var incoming = Assert.Single(By("الأنباء الواردة", Stance.Asserts));
        Assert.Contains(incoming.RelayedThroughStatementId, haskawi.Select(s => s.Id));

        var coalition = By("التحالف الدولي", Stance.Asserts);
        Assert.Contains(coalition, s => s.Quote!.StartsWith("وأعلن التحالف الدولي", StringComparison.Ordinal));
        Assert.Contains(coalition, s => s.Quote!.StartsWith("وأوضح التحالف في بيان", StringComparison.Ordinal));
        var paraphrase = coalition.Single(s => s.Quote!.StartsWith("وأوضح", StringComparison.Ordinal));
        Assert.Contains(coalition, s => s.Id != paraphrase.Id && s.ClaimId == paraphrase.ClaimId);
        Assert.Contains(coalition, s => s.Quote == "حيث يحتجز الإرهابيون مدنيين دروعاً بشرية");

        Assert.Equal(2, By("جوناثان براغا", Stance.Asserts).Count);
        var demand = Assert.Single(By("الضباط الأمريكان", Stance.Demands));
        Assert.Equal("بعض المصادر", NameOf(demand.RelayedById!));
        // The threat and, split at "، لأنهم", the reason given for it: both through the same sources.
        var officers = By("الضباط الأمريكان", Stance.Asserts).OrderBy(s => s.Span!.Start).ToList();
        Assert.Equal(2, officers.Count);
        Assert.StartsWith("لأنهم لن يسمحوا", officers[1].Quote, StringComparison.Ordinal);
        Assert.All(officers, s => Assert.Equal("بعض المصادر", NameOf(s.RelayedById!)));

        // The writer's own remarks: on the first leaked term, and on what the Coalition's statement left out.
        Assert.Equal(
            ["وهذا ما تشهده المدينة منذ يومين", "لكنه لم يفصح عن الجهة التي يتحاورون معها"],
            By("كنان سلطان", Stance.Asserts).OrderBy(s => s.Span!.Start).Select(s => s.Quote));

        Assert.All(statements, s => Assert.Equal(s.Quote, source.Text!.Substring(s.Span!.Start, s.Span.Length)));
        Assert.Equal("بلدي نيوز", (await _store.Store.GetActorsAsync([source.PublisherId!])).Single().Name);
        Assert.Equal("كنان سلطان", (await _store.Store.GetActorsAsync([source.AuthorId!])).Single().Name);
    }

    [Fact]
    public async Task The_extraction_scores_against_the_curated_seed_graph()
    {
        var draft = await _store.Extractor.ExtractAsync(new ArticleInput(File.ReadAllText(TestFiles.SeedText)));
        var report = GraphComparison.Score(draft, ImportReader.ParseFile(TestFiles.SeedGraph));
        foreach (var line in report.Lines().Concat(report.Misses))
            output.WriteLine(line);
        Assert.True(report.SpeakerAndStance.Precision >= 0.9, string.Join('\n', report.Lines()));
        Assert.True(report.SpeakerAndStance.Recall >= 0.6, string.Join('\n', report.Lines()));
    }

    [Fact]
    public async Task Over_the_seeded_store_speakers_match_stored_actors_and_claims_are_offered_as_links()
    {
        await _store.ImportSeedAsync();
        var draft = await _store.Extractor.ExtractAsync(new ArticleInput(File.ReadAllText(TestFiles.SeedText), SourceId: "baladi-copy"));
        var matched = draft.Actors.Where(a => !a.IsNew).Select(a => a.MatchedActorId).ToHashSet();
        foreach (var id in new[] { "sdf", "international-coalition", "suhaib-al-haskawi", "jonathan-braga", "american-officers", "baladi-news", "kinan-sultan" })
            Assert.Contains(id, matched);
        Assert.All(draft.Actors.Where(a => a.Kind == ActorKind.AnonymousSource), a => Assert.True(a.IsNew));

        var lead = draft.Claims.Single(c => draft.Statements.Any(s => s.ClaimRef == c.Ref && s.Stance == Stance.Denies));
        Assert.NotNull(lead.Candidates);
        Assert.NotEmpty(lead.Candidates);
        var best = lead.Candidates[0];
        Assert.Equal("negotiations-exist", best.ClaimId);
        Assert.InRange(best.Score, 0.35, 1.0);

        // Accepting the link: the statements point at the stored claim and no new claim is written.
        var accepted = draft with { Claims = draft.Claims.Select(c => c.Ref == lead.Ref ? c with { ExistingClaimId = best.ClaimId } : c).ToList() };
        var before = await _store.Store.CountAsync();
        var result = await _store.Committer.CommitAsync(accepted);
        Assert.Equal(draft.Claims.Count - 1, result.Claims);
        var onClaim = await _store.Store.GetStatementsByAsync(StatementEdge.Claim, ["negotiations-exist"]);
        Assert.Contains(onClaim, s => s.SourceId == "baladi-copy" && s.ActorId == "sdf" && s.Stance == Stance.Denies);
        Assert.True((await _store.Store.CountAsync()).Statements > before.Statements);
    }

    public void Dispose() => _store.Dispose();
}
