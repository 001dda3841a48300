using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "the Front" written after "the Southern Unity Front" is that body; on sentences written for these tests.</summary>
public sealed class Round11EnglishShortNameTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void The_last_word_of_a_longer_name_is_that_name()
    {
        var found = En("Fighters of the Southern Unity Front entered the town on Monday. The Front said the army had withdrawn.");
        Assert.Equal("Southern Unity Front", Assert.Single(found).Speaker!.Name);
    }

    [Fact]
    public void A_short_name_with_no_longer_name_before_stays()
    {
        var found = En("Fighters entered the town on Monday. The Front said the army had withdrawn.");
        Assert.Equal("The Front", Assert.Single(found).Speaker!.Name);
    }

    [Fact]
    public void A_longer_name_ending_otherwise_is_not_taken()
    {
        var found = En("The Southern Unity Movement marched on Monday. The Front said the army had withdrawn.");
        Assert.Equal("The Front", Assert.Single(found).Speaker!.Name);
    }
}
