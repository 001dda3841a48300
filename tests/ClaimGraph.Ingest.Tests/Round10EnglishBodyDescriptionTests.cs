using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: "the operator of X" / "the maker of Y" as speaker is the body the paragraph names; on sentences written for these tests.</summary>
public sealed class Round10EnglishBodyDescriptionTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_lede_description_is_the_body_that_speaks_next_of_itself()
    {
        var found = En("The owner of the Saltmarsh ferry service has admitted that two crossings ran without lifeboats. In a letter to passengers, Arden Coastal Lines said its crews had been retrained.");
        Assert.Equal(2, found.Count);
        Assert.Equal("Arden Coastal Lines", found[0].Speaker!.Name);
    }

    [Fact]
    public void A_later_description_is_the_body_named_before_it()
    {
        var found = En("Velto Systems said the outage was caused by a power cut. The maker of the payment terminals said no card data was lost.");
        Assert.Equal("Velto Systems", found[1].Speaker!.Name);
    }

    [Fact]
    public void A_person_speaking_next_is_not_the_body()
    {
        var found = En("The operator of the Dunmore landfill said the fire was under control. Councillor Ann Price said residents had not been warned.");
        Assert.Equal("The operator of the Dunmore landfill", found[0].Speaker!.Phrase.Text);
        Assert.NotEqual("Ann Price", found[0].Speaker!.Name);
    }
}
