using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: "pleaded" / "begged" as demands, and a participle describing a message is no report, on sentences written for these tests.</summary>
public sealed class Round8EnglishPleadingTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_quote_someone_pleaded_is_a_demand_by_them()
    {
        var f = Assert.Single(En("\"Send us boats and send them now,\" Mayor Oren Vask pleaded in a message posted on social media."));
        Assert.Equal(("Oren Vask", Stance.Demands), (f.Speaker!.Name, f.Stance));
    }

    [Fact]
    public void A_plea_in_court_is_no_demand()
    {
        var f = Assert.Single(En("Lars Odin pleaded not guilty to fraud."));
        Assert.Equal(Stance.Denies, f.Stance);
        Assert.Empty(En("Lars Odin pleaded guilty to fraud."));
    }

    [Fact]
    public void A_statement_posted_online_does_not_report_by_itself()
    {
        var f = Assert.Single(En("A statement posted on the club's website said the coach had resigned."));
        Assert.Equal("the coach had resigned", f.Content.Text);
    }
}
