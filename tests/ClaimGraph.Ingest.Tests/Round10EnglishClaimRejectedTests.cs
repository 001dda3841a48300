using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: ", a charge X rejected." ending the sentence is X's denial of the charge, its evidence running from the charge to the verb; on sentences written for these tests.</summary>
public sealed class Round10EnglishClaimRejectedTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_charge_rejected_at_the_end_of_the_sentence_is_denied()
    {
        var found = En("Dock workers said the port had ignored safety rules for years, a charge the harbour master rejected.");
        var denial = Assert.Single(found, f => f.Stance == Stance.Denies);
        Assert.Equal("the harbour master", denial.Speaker!.Name);
        Assert.Equal("the port had ignored safety rules for years", denial.Content.Text);
        Assert.StartsWith("the port had ignored", denial.Evidence.Text, StringComparison.Ordinal);
        Assert.EndsWith("rejected", denial.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejecting_something_other_than_a_claim_is_still_no_statement()
    {
        Assert.Empty(En("The harbour master rejected three applications on Monday."));
        Assert.Empty(En("The committee dismissed the treasurer."));
    }
}
