using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "X has been accused by Y of Z": Y asserts Z; on sentences written for these tests.</summary>
public sealed class Round11EnglishPassiveAccusationTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void The_agent_of_a_passive_accusation_asserts_it()
    {
        var f = Assert.Single(En("Mining firm Oskar Reed has been accused by local farmers of poisoning the river with cyanide."));
        Assert.Equal(Stance.Asserts, f.Stance);
        Assert.Equal("local farmers", f.Speaker!.Name);
        Assert.Equal("poisoning the river with cyanide", f.Content.Text);
    }

    [Fact]
    public void A_passive_accusation_without_an_agent_reports_nothing() => Assert.Empty(En("The coach was accused of bullying players."));

    [Fact]
    public void An_accusation_by_a_date_reports_nothing() => Assert.Empty(En("The firm was accused by mistake."));
}
