using System.Security.Cryptography;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using Xunit;

namespace ClaimGraph.Core.Tests.Seeds;

/// <summary>
/// The seed shipped in seeds/: the Baladi News article kept byte-for-byte, and its curated claim graph
/// (000_56e233a4a2ee7b21.graph.ndjson), which must parse, be closed under its own references, and
/// record the article's key attributions.
/// </summary>
public sealed class SeedGraphTests
{
    private const string ArticleFile = "000_56e233a4a2ee7b21.txt";
    private const string GraphFile = "000_56e233a4a2ee7b21.graph.ndjson";
    private const string ArticleSha256 = "d4d35c1ba62c21730a063fd6e33779060f75c4b69efc9cc65b28ddf75916724f";

    private const string ArticleId = "baladi-raqqa-negotiations";
    private const string OfficialStatementId = "coalition-raqqa-statement";
    private const string Coalition = "international-coalition";

    private static readonly Lazy<string> SeedsDirectory = new(FindSeedsDirectory);
    private static readonly Lazy<ImportBatch> Seed = new(() => ImportReader.ParseFile(Path.Combine(SeedsDirectory.Value, GraphFile)));

    private static ImportBatch Batch => Seed.Value;

    [Fact]
    public void Seed_article_is_the_original_text_byte_for_byte()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SeedsDirectory.Value, ArticleFile));
        Assert.Equal(ArticleSha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Graph_file_parses_and_loads_the_article_text()
    {
        Assert.NotEmpty(Batch.Actors);
        Assert.NotEmpty(Batch.Claims);
        Assert.NotEmpty(Batch.Statements);
        var article = Assert.Single(Batch.Sources, s => s.Id == ArticleId);
        Assert.Equal(SourceKind.Article, article.Kind);
        Assert.Equal("ar", article.Language);
        Assert.Equal("baladi-news", article.PublisherId);
        Assert.Equal("kinan-sultan", article.AuthorId);
        Assert.Null(article.PublishedAt);
        Assert.Contains(OfficialStatementId, article.CitedSourceIds);
        var bytes = File.ReadAllBytes(Path.Combine(SeedsDirectory.Value, ArticleFile));
        Assert.Equal(new System.Text.UTF8Encoding(false, true).GetString(bytes), article.Text);

        var statement = Assert.Single(Batch.Sources, s => s.Id == OfficialStatementId);
        Assert.Equal(SourceKind.OfficialStatement, statement.Kind);
        Assert.Equal(Coalition, statement.PublisherId);
        Assert.Null(statement.Text);
    }

    [Fact]
    public void Graph_file_keeps_arabic_as_characters_not_escapes()
    {
        var text = File.ReadAllText(Path.Combine(SeedsDirectory.Value, GraphFile));
        Assert.DoesNotContain("\\u", text);
        Assert.Contains("قوات سوريا الديمقراطية", text);
    }

    [Fact]
    public void Ids_are_unique_per_kind()
    {
        AssertUnique(Batch.Actors.Select(a => a.Id));
        AssertUnique(Batch.Sources.Select(s => s.Id));
        AssertUnique(Batch.Claims.Select(c => c.Id));
        AssertUnique(Batch.Statements.Select(s => s.Id));
        AssertUnique(Batch.ClaimLinks.Select(l => $"{l.FromClaimId}|{l.ToClaimId}|{l.Kind}"));
    }

    [Fact]
    public void Every_reference_resolves_within_the_file()
    {
        var actors = Batch.Actors.Select(a => a.Id).ToHashSet();
        var sources = Batch.Sources.Select(s => s.Id).ToHashSet();
        var claims = Batch.Claims.Select(c => c.Id).ToHashSet();
        var statements = Batch.Statements.Select(s => s.Id).ToHashSet();
        var dangling = new List<string>();

        void Need(HashSet<string> ids, string? id, string where)
        {
            if (id is not null && !ids.Contains(id))
                dangling.Add($"{where} -> '{id}'");
        }

        foreach (var a in Batch.Actors)
        {
            Need(actors, a.AffiliationId, $"actor {a.Id}.affiliation");
            Need(sources, a.ScopeSourceId, $"actor {a.Id}.scopeSource");
        }

        foreach (var s in Batch.Sources)
        {
            Need(actors, s.PublisherId, $"source {s.Id}.publisher");
            Need(actors, s.AuthorId, $"source {s.Id}.author");
            foreach (var cited in s.CitedSourceIds)
                Need(sources, cited, $"source {s.Id}.cites");
        }

        foreach (var st in Batch.Statements)
        {
            Need(actors, st.ActorId, $"statement {st.Id}.actor");
            Need(claims, st.ClaimId, $"statement {st.Id}.claim");
            Need(sources, st.SourceId, $"statement {st.Id}.source");
            Need(statements, st.RelayedThroughStatementId, $"statement {st.Id}.relayedThrough");
            Need(actors, st.RelayedById, $"statement {st.Id}.relayedBy");
            Need(sources, st.OriginSourceId, $"statement {st.Id}.originSource");
        }

        foreach (var l in Batch.ClaimLinks)
        {
            Need(claims, l.FromClaimId, "claimLink.from");
            Need(claims, l.ToClaimId, "claimLink.to");
        }

        Assert.Empty(dangling);
    }

    [Fact]
    public void Every_span_holds_its_quote_in_the_source_text()
    {
        var texts = Batch.Sources.Where(s => s.Text is not null).ToDictionary(s => s.Id, s => s.Text!);
        Assert.All(Batch.Statements, st =>
        {
            Assert.NotNull(st.Quote);
            Assert.NotNull(st.Span);
            var text = texts[st.SourceId];
            Assert.InRange(st.Span.Start, 0, st.Span.End - 1);
            Assert.InRange(st.Span.End, st.Span.Start + 1, text.Length);
            Assert.Equal(st.Quote, text[st.Span.Start..st.Span.End]);
        });
    }

    [Fact]
    public void Every_claim_has_an_english_translation_and_a_statement()
    {
        var stated = Batch.Statements.Select(s => s.ClaimId).ToHashSet();
        Assert.All(Batch.Claims, c =>
        {
            Assert.Equal("ar", c.Language);
            Assert.Contains(c.Translations, t => t.Language == "en" && !string.IsNullOrWhiteSpace(t.Text));
            Assert.Contains(c.Id, stated);
        });
    }

    [Fact]
    public void Actor_names_are_unique_per_actor_after_normalisation()
    {
        Assert.All(Batch.Actors, a => AssertUnique(a.AllNames.Select(TextNormalizer.Key)));
    }

    [Fact]
    public void Sdf_denies_and_the_coalition_confirms_that_negotiations_exist()
    {
        var onClaim = Batch.Statements.Where(s => s.ClaimId == "negotiations-exist").ToList();
        var denial = Assert.Single(onClaim, s => s.ActorId == "sdf");
        Assert.Equal(Stance.Denies, denial.Stance);
        Assert.Equal(ArticleId, denial.SourceId);
        var confirmation = Assert.Single(onClaim, s => s.ActorId == Coalition);
        Assert.Equal(Stance.Confirms, confirmation.Stance);
        Assert.True(confirmation.Stance.Opposes(denial.Stance));

        var sdf = ActorById("sdf");
        Assert.Equal(ActorKind.ArmedGroup, sdf.Kind);
        Assert.Contains("قسد", sdf.AllNames);
        Assert.Equal(ActorKind.Coalition, ActorById(Coalition).Kind);
    }

    [Theory]
    [InlineData("المعلومات المسربة")]
    [InlineData("مصادر مطلعة")]
    [InlineData("بعض المصادر")]
    [InlineData("الأنباء الواردة")]
    public void Anonymous_sources_are_scoped_to_the_article_and_speak(string name)
    {
        var actor = Assert.Single(Batch.Actors, a => a.Name == name);
        Assert.Equal(ActorKind.AnonymousSource, actor.Kind);
        Assert.Equal(ArticleId, actor.ScopeSourceId);
        Assert.Contains(Batch.Statements, s => s.ActorId == actor.Id);
    }

    [Fact]
    public void Only_anonymous_sources_are_scoped()
    {
        Assert.Equal(4, Batch.Actors.Count(a => a.Kind == ActorKind.AnonymousSource));
        Assert.All(Batch.Actors, a => Assert.Equal(a.Kind == ActorKind.AnonymousSource, a.ScopeSourceId is not null));
    }

    [Fact]
    public void Al_haskawi_spoke_to_baladi_news_and_relays_incoming_reports()
    {
        var haskawi = ActorById("suhaib-al-haskawi");
        Assert.Equal(ActorKind.Person, haskawi.Kind);
        Assert.Contains("الحسكاوي", haskawi.AllNames);
        var his = Batch.Statements.Where(s => s.ActorId == haskawi.Id).ToList();
        Assert.True(his.Count >= 4, $"expected al-Haskawi's statements, found {his.Count}");
        Assert.All(his, s => Assert.Equal("baladi-news", s.RelayedById));

        var incoming = Assert.Single(Batch.Actors, a => a.Name == "الأنباء الواردة");
        var relayed = Assert.Single(Batch.Statements, s => s.ActorId == incoming.Id);
        Assert.Equal("uzbek-fighters-refuse-exit", relayed.ClaimId);
        Assert.Contains(his, s => s.Id == relayed.RelayedThroughStatementId);
    }

    [Fact]
    public void Quotes_from_the_coalition_statement_name_it_as_origin()
    {
        foreach (var quote in new[]
        {
            "مجلس الرقة المدني يقود محادثات",
            "يحتجز الإرهابيون مدنيين دروعاً بشرية",
            "سيتم تسليم أولئك الذين قاتلوا في صفوف داعش",
        })
        {
            var statement = Assert.Single(Batch.Statements, s => s.Quote!.Contains(quote));
            Assert.Equal(Coalition, statement.ActorId);
            Assert.Equal(OfficialStatementId, statement.OriginSourceId);
        }

        Assert.All(Batch.Statements.Where(s => s.OriginSourceId is not null), s => Assert.Equal(Coalition, s.ActorId));
    }

    [Fact]
    public void Braga_speaks_for_himself_and_is_affiliated_with_the_coalition()
    {
        var braga = ActorById("jonathan-braga");
        Assert.Equal(ActorKind.Person, braga.Kind);
        Assert.Equal(Coalition, braga.AffiliationId);
        Assert.Contains("Jonathan Braga", braga.AllNames);
        foreach (var quote in new[] { "إن مسؤوليتنا تكمن في القضاء على داعش", "لا يزال هناك الكثير من القتال الشاق" })
        {
            var statement = Assert.Single(Batch.Statements, s => s.Quote!.Contains(quote));
            Assert.Equal(braga.Id, statement.ActorId);
            Assert.Equal(Stance.Asserts, statement.Stance);
        }
    }

    [Fact]
    public void American_officers_demand_conditions_reported_by_some_sources()
    {
        var someSources = Assert.Single(Batch.Actors, a => a.Name == "بعض المصادر");
        var demand = Assert.Single(Batch.Statements, s => s.ActorId == "american-officers" && s.Stance == Stance.Demands);
        Assert.Contains("اشترطوا", demand.Quote);
        Assert.Equal(someSources.Id, demand.RelayedById);
        Assert.All(Batch.Statements.Where(s => s.ActorId == "american-officers"), s => Assert.Equal(someSources.Id, s.RelayedById));
    }

    private static Actor ActorById(string id) => Assert.Single(Batch.Actors, a => a.Id == id);

    private static void AssertUnique(IEnumerable<string> values)
    {
        var duplicates = values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    private static string FindSeedsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln")))
                return Path.Combine(dir.FullName, "seeds");
        }

        throw new InvalidOperationException($"No ClaimGraph.sln above {AppContext.BaseDirectory}.");
    }
}
