using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: a cited document is no speaker ("citing police records it had seen"): the reporter speaks; cited people still speak through it; on sentences written for these tests.</summary>
public sealed class Round11EnglishCitedDocumentTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void Records_with_a_relative_clause_leave_the_outlet_speaking()
    {
        var f = Assert.Single(En("The Harbour Herald reported that 12 people had been detained, citing court records it had obtained."));
        Assert.Equal("The Harbour Herald", f.Speaker!.Name);
        Assert.Null(f.RelayedBy);
    }

    [Fact]
    public void Figures_from_a_ministry_leave_the_outlet_speaking()
    {
        var f = Assert.Single(En("The Valley Courier reported that exports fell by a third, citing figures from the trade ministry."));
        Assert.Equal("The Valley Courier", f.Speaker!.Name);
    }

    [Fact]
    public void People_in_a_records_office_still_speak()
    {
        var f = Assert.Single(En("The Harbour Herald reported that 12 people had been detained, citing two officials in the records office."));
        Assert.Contains("officials", f.Speaker!.Name, StringComparison.Ordinal);
        Assert.Equal("The Harbour Herald", f.RelayedBy!.Name);
    }
}
