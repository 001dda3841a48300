using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: "Asked whether X, Y said no / «Absolutely not. ...»" is Y's denial of X (and yes a confirmation); on sentences written for these tests.</summary>
public sealed class Round10EnglishAskedAnswerTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_quoted_no_denies_the_question_and_keeps_the_rest_as_an_assertion()
    {
        var found = En("Asked whether the airline had cut safety checks, chief pilot Erik Lund said: \"Certainly not. Every aircraft is inspected twice a day.\"");
        var denial = Assert.Single(found, f => f.Stance == Stance.Denies);
        Assert.Equal("the airline had cut safety checks", denial.Content.Text);
        Assert.Equal("Erik Lund", denial.Speaker!.Name);
        Assert.Contains(found, f => f.Stance == Stance.Asserts && f.Content.Text.Contains("inspected twice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_no_is_the_denial_itself()
    {
        var f = Assert.Single(En("Asked if the museum would close, director Hana Ito said no."));
        Assert.Equal(Stance.Denies, f.Stance);
        Assert.Equal("the museum would close", f.Content.Text);
    }

    [Fact]
    public void A_yes_confirms()
    {
        var found = En("Asked whether talks had resumed, the envoy said: \"Yes. We met on Monday.\"");
        Assert.Contains(found, f => f.Stance == Stance.Confirms && f.Content.Text == "talks had resumed");
    }

    [Fact]
    public void An_answer_that_opens_otherwise_adds_nothing()
    {
        var f = Assert.Single(En("Asked whether the bridge was safe, engineer Rosa Diaz said the inspection would finish next week."));
        Assert.Equal(Stance.Asserts, f.Stance);
        Assert.Equal("the inspection would finish next week", f.Content.Text);
    }
}
