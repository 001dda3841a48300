using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: in "X, a spokesman, said the firm «...»" the words after "said" open the content, they are no inverted speaker; on sentences written for these tests.</summary>
public sealed class Round11EnglishQuotedPredicateTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_quotation_right_after_said_the_firm_is_the_named_persons_content()
    {
        var f = Assert.Single(En("Dovel's finance chief, Marta Ilic, said the firm \"paid every supplier on time\"."));
        Assert.Equal("Marta Ilic", f.Speaker!.Name);
        Assert.Contains("paid every supplier", f.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inverted_speaker_before_a_comma_and_a_quotation_stays()
    {
        var found = En("The strike will go on, said the union leader, \"until the last depot closes.\"");
        Assert.All(found, f => Assert.Equal("the union leader", f.Speaker!.Name));
        Assert.Contains(found, f => f.Content.Text.StartsWith("The strike", StringComparison.Ordinal));
    }
}
