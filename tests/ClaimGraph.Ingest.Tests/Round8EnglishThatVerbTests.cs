using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: "that"-verbs ("signalled that", "complained that", "agreed that") after a name in apposition, on sentences written for these tests.</summary>
public sealed class Round8EnglishThatVerbTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_that_verb_after_a_name_in_commas_reports()
    {
        var f = Assert.Single(En("The port's director, Hana Wirth, hinted that tolls could rise next year."));
        Assert.Equal(("Hana Wirth", Stance.Asserts), (f.Speaker!.Name, f.Stance));
        Assert.Equal("tolls could rise next year", f.Content.Text);
    }

    [Theory]
    [InlineData("Farmer Ivo Brask complained that the subsidies arrived late.")]
    [InlineData("Union leader Ada Moss lamented that talks had stalled.")]
    [InlineData("Economist Lars Pell agreed that growth would slow.")]
    public void The_families_report_after_a_subject(string text)
    {
        var f = Assert.Single(En(text));
        Assert.Equal(Stance.Asserts, f.Stance);
    }

    [Fact]
    public void Without_that_or_a_subject_they_do_not_report()
    {
        Assert.Empty(En("The two sides agreed a truce on Monday."));
        Assert.Empty(En("In Brussels, complained that nothing changed."));
        Assert.Empty(En("Passengers who complained were offered refunds."));
    }
}
