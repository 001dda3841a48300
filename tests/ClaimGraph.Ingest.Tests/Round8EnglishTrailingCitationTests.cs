using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: "X reported that ..., citing Y": Y speaks and X relays, on sentences written for these tests.</summary>
public sealed class Round8EnglishTrailingCitationTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void The_source_cited_at_the_end_speaks_and_the_outlet_relays()
    {
        var f = Assert.Single(En("The Morning Ledger reported on Monday that the mayor would resign, citing three council members."));
        Assert.Equal("the mayor would resign", f.Content.Text);
        Assert.Equal("three council members", f.Speaker!.Name);
        Assert.Equal("Morning Ledger", f.RelayedBy!.Name);
    }

    [Fact]
    public void A_document_cited_at_the_end_leaves_the_speaker()
    {
        var f = Assert.Single(En("The Morning Ledger reported on Monday that the mayor would resign, citing a leaked report."));
        Assert.Equal("Morning Ledger", f.Speaker!.Name.Replace("The ", "", StringComparison.Ordinal));
        Assert.Null(f.RelayedBy);
    }
}
