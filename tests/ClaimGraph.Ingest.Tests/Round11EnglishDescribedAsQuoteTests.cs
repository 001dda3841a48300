using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "described X as «...»" asserts the quotation, short or long, after a hyphenated object or a first statement; on sentences written for these tests.</summary>
public sealed class Round11EnglishDescribedAsQuoteTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_hyphenated_object_before_as_is_passed_over()
    {
        var f = Assert.Single(En("Economists at Pell & Dorn described the slow-down as \"a pause, not a recession.\""));
        Assert.Equal(Stance.Asserts, f.Stance);
        Assert.Equal("a pause, not a recession", f.Content.Text);
    }

    [Fact]
    public void A_short_quotation_after_a_first_statement_is_a_second_assertion()
    {
        var found = En("The fire chief said nobody had been hurt and described the blaze as \"extremely intense.\"");
        Assert.Equal(2, found.Count);
        Assert.Contains(found, f => f.Content.Text == "extremely intense" && f.Speaker!.Name == "The fire chief");
    }

    [Fact]
    public void A_clause_after_as_is_still_no_naming() => Assert.Empty(En("Witnesses described scenes of panic as the roof collapsed."));
}
