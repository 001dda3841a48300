using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Validation;
using Xunit;

namespace ClaimGraph.Core.Tests.Domain;

public sealed class GraphRulesTests
{
    private static readonly Actor Sdf = new("sdf", "قوات سوريا الديمقراطية", "ar", ActorKind.ArmedGroup, [new Alias("قسد", "ar"), new Alias("SDF", "en")]);

    [Fact]
    public void A_well_formed_actor_passes() => GraphRules.Check(Sdf);

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("-leading-dash")]
    [InlineData("Actor:sdf")]
    [InlineData("قسد")]
    public void Ids_must_be_plain_ascii_keys(string id) =>
        AssertInvalid("id", () => GraphRules.Check(Sdf with { Id = id }));

    [Theory]
    [InlineData("arabic")]
    [InlineData("a")]
    [InlineData("ar_SY")]
    public void Languages_must_be_BCP47_tags(string language) =>
        AssertInvalid("language", () => GraphRules.Check(Sdf with { Language = language }));

    [Fact]
    public void An_alias_that_repeats_the_name_after_folding_is_refused() =>
        AssertInvalid("aliases", () => GraphRules.Check(Sdf with { Aliases = [new Alias("قوات سوريا الديمقراطيّة", "ar")] }));

    [Fact]
    public void Anonymous_sources_must_be_scoped_and_only_they_may_be()
    {
        AssertInvalid("scopeSource", () => GraphRules.Check(Sdf with { Kind = ActorKind.AnonymousSource }));
        AssertInvalid("scopeSource", () => GraphRules.Check(Sdf with { ScopeSourceId = "article" }));
        GraphRules.Check(Sdf with { Kind = ActorKind.AnonymousSource, ScopeSourceId = "article" });
    }

    [Fact]
    public void An_actor_cannot_be_its_own_affiliation() =>
        AssertInvalid("affiliation", () => GraphRules.Check(Sdf with { AffiliationId = "sdf" }));

    [Fact]
    public void A_claim_gives_at_most_one_text_per_language() =>
        AssertInvalid("translations", () => GraphRules.Check(new Claim("c", "نص", "ar", [new Translation("ar", "نص آخر")])));

    [Fact]
    public void Statements_cannot_relay_through_themselves_or_be_relayed_by_their_speaker()
    {
        var statement = new Statement("s", "sdf", "c", Stance.Denies, "src");
        AssertInvalid("relayedThrough", () => GraphRules.Check(statement with { RelayedThroughStatementId = "s" }));
        AssertInvalid("relayedBy", () => GraphRules.Check(statement with { RelayedById = "sdf" }));
        AssertInvalid("span", () => GraphRules.Check(statement with { Span = new TextSpan(5, 5) }));
    }

    [Fact]
    public void A_span_must_hold_the_quote_in_the_source_text()
    {
        var source = new Source("src", SourceKind.Article, "عنوان", "ar", [], Text: "قال الناشط: الوضع هادئ.");
        var statement = new Statement("s", "a", "c", Stance.Asserts, "src", Quote: "الوضع هادئ", Span: new TextSpan(12, 22));
        GraphRules.CheckAgainstSource(statement, source);
        AssertInvalid("span", () => GraphRules.CheckAgainstSource(statement with { Span = new TextSpan(11, 21) }, source));
        AssertInvalid("span", () => GraphRules.CheckAgainstSource(statement with { Span = new TextSpan(12, 99) }, source));
    }

    [Fact]
    public void Claims_cannot_link_to_themselves() =>
        AssertInvalid("to", () => GraphRules.Check(new ClaimLink("c", "c", ClaimLinkKind.Supports)));

    [Fact]
    public void Sources_need_absolute_urls_and_cannot_cite_themselves()
    {
        var source = new Source("src", SourceKind.Article, "t", "en", []);
        AssertInvalid("url", () => GraphRules.Check(source with { Url = "not a url" }));
        AssertInvalid("cites", () => GraphRules.Check(source with { CitedSourceIds = ["src"] }));
    }

    private static void AssertInvalid(string field, Action check)
    {
        var ex = Assert.Throws<ClaimGraphException>(check);
        Assert.Equal(ErrorCode.Validation, ex.Code);
        Assert.Equal(field, ex.Field);
    }
}
