using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "the disputed zone" / "a confirmed case" is an adjective, not a report; on sentences written for these tests.</summary>
public sealed class Round11EnglishAdjectivalParticipleTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_disputed_zone_is_no_denial() =>
        Assert.DoesNotContain(En("The envoy will travel to Kessa next week for talks on the disputed border zone."), f => f.Stance == Stance.Denies);

    [Fact]
    public void A_confirmed_case_is_no_confirmation() => Assert.Empty(En("Doctors treated a confirmed case of cholera in the port."));

    [Fact]
    public void A_verb_after_a_name_still_reports()
    {
        var f = Assert.Single(En("The ministry confirmed the closure of the port."));
        Assert.Equal(Stance.Confirms, f.Stance);
    }
}
