using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: "he" / "she" after a body's statement is the person the paragraph named last, not the body; on sentences written for these tests.</summary>
public sealed class Round10EnglishPronounPersonTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void She_after_a_body_is_the_person_named_since()
    {
        var found = En("The Harlow Rowing Club said the regatta would go ahead. Captain Mia Stone later walked the course with officials. \"The water is perfect,\" she told reporters.");
        Assert.Equal(2, found.Count);
        Assert.Equal("Mia Stone", found[1].Speaker!.Name);
    }

    [Fact]
    public void A_surname_alone_takes_the_fuller_name_given_earlier()
    {
        var found = En("Forward Tom Akers signed for Dunmore Athletic, the club said on Monday. Akers trained with his new team on Tuesday. \"It feels like home,\" he said afterwards.");
        Assert.Equal("Tom Akers", found[^1].Speaker!.Name);
    }

    [Fact]
    public void With_no_person_named_the_pronoun_continues_the_body()
    {
        var found = En("The transport ministry said the line would reopen on Friday. \"Engineers are working day and night,\" she said.");
        Assert.Equal(2, found.Count);
        Assert.Equal(found[0].Speaker!.Name, found[1].Speaker!.Name);
    }

    [Fact]
    public void After_a_person_the_pronoun_continues_that_person()
    {
        var found = En("Minister Carla Dune said the line would reopen. Engineer Paul Reyes inspected the track. \"It is safe,\" she said.");
        Assert.Equal("Carla Dune", found[^1].Speaker!.Name);
    }
}
