using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "Norland's ministry" after "the interior ministry of Norland" is that ministry; on sentences written for these tests.</summary>
public sealed class Round11EnglishPossessiveBodyTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_possessive_body_is_the_longer_description_before_it()
    {
        var found = En("The interior ministry of Norland closed the border on Friday. Norland's ministry said the closure was temporary.");
        Assert.Equal("The interior ministry of Norland", Assert.Single(found).Speaker!.Name);
    }

    [Fact]
    public void A_possessive_body_of_another_owner_stays()
    {
        var found = En("The interior ministry of Norland closed the border on Friday. Velia's ministry said the closure was illegal.");
        Assert.Equal("Velia's ministry", Assert.Single(found).Speaker!.Name);
    }
}
