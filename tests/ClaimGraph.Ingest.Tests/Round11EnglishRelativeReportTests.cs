using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "X, who had urged ..., told the Post ...": two statements of X, the relative one ending at its comma; on sentences written for these tests.</summary>
public sealed class Round11EnglishRelativeReportTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_demand_in_a_relative_clause_and_the_main_statement_are_both_the_subjects()
    {
        var found = En("Senator Ivo Marsh, who had repeatedly urged the agency to delay the launch, told the Harbour Herald the rocket was \"not ready.\"");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("Ivo Marsh", f.Speaker!.Name));
        Assert.Contains(found, f => f.Stance == Stance.Demands && f.Content.Text == "the agency to delay the launch");
        Assert.Contains(found, f => f.Stance == Stance.Asserts && f.RelayedBy?.Name == "the Harbour Herald");
    }

    [Fact]
    public void A_denial_in_a_relative_clause_ends_at_its_comma()
    {
        var found = En("The mayor, who denied the reports last week, said on Monday that the audit would be published.");
        Assert.Contains(found, f => f.Stance == Stance.Denies && f.Content.Text == "the reports last week");
        Assert.Contains(found, f => f.Stance == Stance.Asserts && f.Speaker!.Name == "The mayor" && f.Content.Text == "the audit would be published");
    }

    [Fact]
    public void A_relative_clause_without_a_report_adds_nothing()
    {
        var f = Assert.Single(En("The mayor, who lives in the old town, said the audit would be published."));
        Assert.Equal("The mayor", f.Speaker!.Name);
    }

    [Fact]
    public void A_participle_after_a_comma_does_not_end_the_content()
    {
        var f = Assert.Single(En("The minister said the plan, announced on Monday by the cabinet, would cut costs."));
        Assert.Contains("would cut costs", f.Content.Text, StringComparison.Ordinal);
    }
}
