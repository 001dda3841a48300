using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "blamed «a faulty update»" asserts the quoted cause, as "blamed the storm" does; on sentences written for these tests.</summary>
public sealed class Round11EnglishQuotedBlameTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_quoted_cause_after_blamed_is_asserted()
    {
        var f = Assert.Single(En("The airline blamed \"an unexpected software fault\" for the cancellations."));
        Assert.Equal(Stance.Asserts, f.Stance);
        Assert.Equal("The airline", f.Speaker!.Name);
        Assert.Contains("unexpected software fault", f.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Blamed_with_a_quote_keeps_the_next_clause_of_the_same_speaker()
    {
        var found = En("The operator blamed \"a power surge\" and said no passengers had been hurt.");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("The operator", f.Speaker!.Name));
    }

    [Fact]
    public void Being_blamed_in_quotes_is_no_statement() => Assert.Empty(En("The driver was blamed \"unfairly\" for the crash."));
}
