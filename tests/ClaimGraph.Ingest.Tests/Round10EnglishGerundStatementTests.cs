using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: "after / before / despite denying (confirming, admitting) that ..." is an earlier statement of the sentence's speaker; on sentences written for these tests.</summary>
public sealed class Round10EnglishGerundStatementTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void An_earlier_denial_after_a_comma_is_its_own_statement()
    {
        var found = En("The bank has confirmed that 40 branches will close, two months after denying that any closures were planned.");
        Assert.Equal(2, found.Count);
        Assert.Equal("40 branches will close", found[0].Content.Text);
        var denial = found[1];
        Assert.Equal(Stance.Denies, denial.Stance);
        Assert.Equal("any closures were planned", denial.Content.Text);
        Assert.Equal(found[0].Speaker!.Name, denial.Speaker!.Name);
    }

    [Fact]
    public void An_admission_after_an_act_is_the_actors()
    {
        var f = Assert.Single(En("The coach resigned on Sunday after admitting that he had lost the dressing room."));
        Assert.Equal(Stance.Confirms, f.Stance);
        Assert.Equal("The coach", f.Speaker!.Phrase.Text);
    }

    [Fact]
    public void Other_gerunds_after_a_preposition_are_acts()
    {
        Assert.Empty(En("The club signed the striker, days after saying goodbye to its captain."));
        Assert.Empty(En("The firm grew quickly after announcing the merger."));
    }
}
