using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 9: a description of a person resolved to the person named in the next or previous sentence, on sentences written for these tests.</summary>
public sealed class Round9EnglishPersonDescriptionTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_description_after_the_name_is_that_person()
    {
        var f = En("Lena Marsh said she would stay at the club. The 19-year-old midfielder told reporters that she had never asked to leave.");
        Assert.Equal(2, f.Count);
        Assert.Equal("Lena Marsh", f[1].Speaker!.Name);
    }

    [Fact]
    public void A_description_before_the_name_is_that_person()
    {
        var f = En("Water supplies in Brenton will run out within a week, the head of the regional water board has warned. Tom Keller told local radio that the reservoirs were at record lows.");
        Assert.Equal("Tom Keller", f[0].Speaker!.Name);
    }

    [Fact]
    public void A_person_with_another_title_or_far_away_is_not_the_description()
    {
        // The named person is the manager: the striker is someone else.
        var f = En("Manager Paul Greer said the squad was tired. The 24-year-old striker said he felt fine.");
        Assert.Equal("The 24-year-old striker", f[1].Speaker!.Name);

        // Two sentences away: too far to be sure.
        var far = En("Anna Lowe said the vote was fair. Turnout was low. The party's campaign director said the count was wrong.");
        Assert.Equal("The party's campaign director", far[^1].Speaker!.Name);
    }
}
