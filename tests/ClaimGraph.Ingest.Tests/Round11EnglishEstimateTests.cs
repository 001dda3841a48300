using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: a count or sum put at a figure ("Police put the crowd at 6,000") is asserted; on sentences written for these tests.</summary>
public sealed class Round11EnglishEstimateTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void Put_the_crowd_at_a_figure_is_asserted()
    {
        var f = Assert.Single(En("Stewards put the crowd at 8,500."));
        Assert.Equal(Stance.Asserts, f.Stance);
        Assert.Equal("Stewards", f.Speaker!.Name);
        Assert.Equal("the crowd at 8,500", f.Content.Text);
    }

    [Fact]
    public void Estimated_the_death_toll_at_about_a_figure_is_asserted()
    {
        var f = Assert.Single(En("The health ministry estimated the death toll at about 40."));
        Assert.Equal("The health ministry", f.Speaker!.Name);
        Assert.Contains("death toll at about 40", f.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Placed_the_damage_at_a_sum_is_asserted()
    {
        var f = Assert.Single(En("Insurers placed the damage at $12 million."));
        Assert.Equal("Insurers", f.Speaker!.Name);
    }

    [Fact]
    public void Put_the_blame_somewhere_reports_nothing() => Assert.Empty(En("The mayor put the blame on the storm."));

    [Fact]
    public void An_age_put_at_years_reports_nothing() => Assert.Empty(En("Experts estimated the age of the bridge at over 200 years."));

    [Fact]
    public void A_crowd_put_at_the_gate_reports_nothing() => Assert.Empty(En("Stewards put the crowd at the north gate."));
}
