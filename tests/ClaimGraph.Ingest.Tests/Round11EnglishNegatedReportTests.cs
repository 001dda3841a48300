using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: a negated reporting verb ("has not confirmed", "didn't immediately deny") reports nothing, and the next clause keeps its own subject; on sentences written for these tests.</summary>
public sealed class Round11EnglishNegatedReportTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void Has_not_confirmed_is_no_confirmation() => Assert.Empty(En("The palace has not confirmed the engagement."));

    [Fact]
    public void Did_not_immediately_deny_is_no_denial() => Assert.Empty(En("The embassy didn't immediately deny the report."));

    [Fact]
    public void The_clause_after_a_negated_report_keeps_its_subject()
    {
        var f = Assert.Single(En("The board has not confirmed the sale, and its chairman, Piet Vos, on Friday demanded \"a full audit\" first."));
        Assert.Equal(Stance.Demands, f.Stance);
        Assert.Equal("Piet Vos", f.Speaker!.Name);
    }

    [Fact]
    public void A_negation_inside_the_content_does_not_stop_the_report()
    {
        var f = Assert.Single(En("The palace confirmed that the prince would not attend."));
        Assert.Equal(Stance.Confirms, f.Stance);
    }
}
