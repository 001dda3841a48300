using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: a quotation split by its speaker and a few words more, on sentences written for these tests.</summary>
public sealed class Round8EnglishSplitQuoteTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void The_second_half_after_the_audience_and_a_time_is_the_same_speakers()
    {
        var found = En("\"The dam is holding,\" engineer Sara Holm told reporters on Sunday evening, \"but the next storm will test it.\"");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("Sara Holm", f.Speaker!.Name));
        Assert.StartsWith("but the next storm", found[1].Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_after_another_reporting_word_is_not_taken_as_the_second_half()
    {
        var found = En("\"The dam is holding,\" engineer Sara Holm said, while residents insisted \"we are still afraid.\"");
        Assert.DoesNotContain(found, f => f.Speaker?.Name == "Sara Holm" && f.Content.Text.Contains("afraid", StringComparison.Ordinal));
    }
}
