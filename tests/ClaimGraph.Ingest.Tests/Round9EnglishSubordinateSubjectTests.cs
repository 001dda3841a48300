using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 9: the subject of a reporting verb inside a mid-sentence subordinate clause starts after the subordinator; on sentences written for these tests.</summary>
public sealed class Round9EnglishSubordinateSubjectTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void The_subject_starts_after_a_mid_sentence_subordinator()
    {
        var f = Assert.Single(En("Shares in Orvell Foods fell sharply on Tuesday after the chief executive admitted that sales had stalled."));
        Assert.Equal("the chief executive", f.Speaker!.Name);
    }

    [Fact]
    public void An_opening_phrase_is_not_cut()
    {
        var f = Assert.Single(En("After the meeting, Mayor Lina Ortez said the bridge would reopen in May."));
        Assert.Equal("Lina Ortez", f.Speaker!.Name);
    }
}
