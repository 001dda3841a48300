using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: "the company" / "the club" resolved to a name the paragraph gives in another shape, on sentences written for these tests.</summary>
public sealed class Round8EnglishBodyNameTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void The_company_is_the_name_before_a_works_noun()
    {
        var f = Assert.Single(En("A leak at the Halvern Ceramics factory forced an evacuation. The company said no one had been hurt."));
        Assert.Equal("Halvern Ceramics", f.Speaker!.Name);

        // A place before a works noun is no company when the description is a club.
        var club = Assert.Single(En("Fans gathered outside the Dorn Valley site. The club said tickets were sold out."));
        Assert.Equal("The club", club.Speaker!.Name);
    }

    [Fact]
    public void The_club_is_the_name_that_ends_like_a_club()
    {
        var f = Assert.Single(En("Ashford Wanderers have appointed a new coach, the club said on Friday."));
        Assert.Equal("Ashford Wanderers", f.Speaker!.Name);

        // A single capitalised word is not taken as a club's name.
        var bare = Assert.Single(En("United lost again, the club said."));
        Assert.Equal("the club", bare.Speaker!.Name);
    }
}
