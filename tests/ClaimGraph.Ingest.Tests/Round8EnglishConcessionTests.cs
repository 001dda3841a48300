using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: ", although" / ", though" start a clause with its own speaker, on sentences written for these tests.</summary>
public sealed class Round8EnglishConcessionTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_denial_and_a_confirmation_joined_by_although_have_their_own_speakers()
    {
        var found = En("Norvik Shipping denied it had bid for the port, although a Norvik executive confirmed that talks had taken place.");
        Assert.Equal(2, found.Count);
        Assert.Equal((Stance.Denies, "it had bid for the port"), (found[0].Stance, found[0].Content.Text));
        Assert.Equal(Stance.Confirms, found[1].Stance);
        Assert.Equal("a Norvik executive", found[1].Speaker!.Name);
    }

    [Fact]
    public void Though_inside_the_reported_words_without_a_comma_stays_in_them()
    {
        var f = Assert.Single(En("The mayor said the road would reopen even though repairs were unfinished."));
        Assert.Equal("the road would reopen even though repairs were unfinished", f.Content.Text);
    }
}
