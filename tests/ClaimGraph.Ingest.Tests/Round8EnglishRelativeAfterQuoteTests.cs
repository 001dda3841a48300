using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: "\"...,\" said X, the ..., who urged ..." — the relative clause after the speaker is the speaker's next statement, on sentences written for these tests.</summary>
public sealed class Round8EnglishRelativeAfterQuoteTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void The_relative_clause_after_the_quoted_speaker_is_a_second_statement()
    {
        var found = En("\"This was avoidable,\" said Dr. Mia Lenz, the agency's chief scientist, who urged farmers to test their wells before spring.");
        Assert.Equal(2, found.Count);
        Assert.Equal(("Mia Lenz", Stance.Asserts, "This was avoidable"), (found[0].Speaker!.Name, found[0].Stance, found[0].Content.Text));
        Assert.Equal(("Mia Lenz", Stance.Demands), (found[1].Speaker!.Name, found[1].Stance));
    }

    [Fact]
    public void A_relative_clause_without_a_reporting_verb_stays_in_the_speaker_phrase()
    {
        var f = Assert.Single(En("\"This was avoidable,\" said Dr. Mia Lenz, who runs the agency's laboratory."));
        Assert.Equal("Mia Lenz", f.Speaker!.Name);
    }
}
