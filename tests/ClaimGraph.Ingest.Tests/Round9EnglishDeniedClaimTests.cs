using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 9: "rejected the accusation" / "dismissed the reports" deny the paragraph's earlier claim, on sentences written for these tests.</summary>
public sealed class Round9EnglishDeniedClaimTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void Rejecting_the_accusation_denies_the_earlier_claim()
    {
        var f = En("Tenants have accused the landlord of ignoring repeated complaints about damp. Harwood Estates rejected the allegations, saying every complaint was answered.");
        Assert.Equal(3, f.Count);
        Assert.Equal(Stance.Denies, f[1].Stance);
        Assert.Contains("ignoring repeated complaints", f[1].Evidence.Text, StringComparison.Ordinal);
        Assert.Equal("Harwood Estates", f[2].Speaker!.Name);

        var reports = En("The two airlines are in talks about a merger, people familiar with the matter said. Skyline Air dismissed the reports as idle market gossip.");
        Assert.Contains("talks about a merger", reports[^1].Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_denial_that_names_no_claim_or_says_what_it_denies_keeps_its_words()
    {
        var offer = En("Union leaders said the pay talks had collapsed. The company rejected the offer.");
        Assert.DoesNotContain(offer, x => x.Stance == Stance.Denies && x.Evidence.Text.Contains("collapsed", StringComparison.Ordinal) && x != offer[0]);

        var own = En("Tenants said the landlord had ignored complaints. Harwood Estates denied ignoring any complaint.");
        Assert.Contains("ignoring any complaint", own[^1].Evidence.Text, StringComparison.Ordinal);

        // An accusation of a claim merely said, or reports of a named source: the denial keeps its words.
        var said = En("Tenants said the landlord had ignored complaints. Harwood Estates rejected the allegations.");
        Assert.Contains("rejected the allegations", said[^1].Evidence.Text, StringComparison.Ordinal);
        var named = En("Mayor Ruth Gale said the merger talks had begun. Skyline Air dismissed the reports.");
        Assert.Contains("dismissed the reports", named[^1].Evidence.Text, StringComparison.Ordinal);

        var relayed = En("The two airlines are in talks about a merger, two bankers told the Ledger Daily. Skyline Air dismissed the reports as gossip.");
        Assert.Contains("dismissed the reports", relayed[^1].Evidence.Text, StringComparison.Ordinal);

        // Reports the denial spells out are its own words.
        var spelled = En("The two airlines are in talks about a merger, people familiar with the matter said. Skyline Air dismissed the reports that it would merge.");
        Assert.DoesNotContain("talks about a merger", spelled[^1].Evidence.Text, StringComparison.Ordinal);

        // With no earlier claim in the paragraph, the denial stays as written.
        var alone = Assert.Single(En("Harwood Estates rejected the allegations."));
        Assert.Contains("rejected the allegations", alone.Evidence.Text, StringComparison.Ordinal);
    }
}
