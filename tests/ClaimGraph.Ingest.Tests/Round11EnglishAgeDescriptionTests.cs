using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "the 31-year-old" alone stands for the person named as a speaker in the sentence next to it; on sentences written for these tests.</summary>
public sealed class Round11EnglishAgeDescriptionTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_bare_age_is_the_person_named_before()
    {
        var found = En("Swimmer Ola Brandt said she would retire after the games. The 31-year-old admitted that her shoulder had not healed.");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("Ola Brandt", f.Speaker!.Name));
    }

    [Fact]
    public void A_bare_age_with_nobody_named_next_to_it_stays()
    {
        var found = En("The storm closed the port on Monday. The 31-year-old admitted that her shoulder had not healed.");
        Assert.Equal("The 31-year-old", Assert.Single(found).Speaker!.Name);
    }
}
