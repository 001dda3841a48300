using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 7: English stance from the statements around (a denial carried on, a rebuttal), on sentences written for these tests.</summary>
public sealed class Round7EnglishContextStanceTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void Negated_words_right_after_a_denial_by_the_same_speaker_deny()
    {
        var found = En("The club's owner rejected the story, saying no offer had been received for the striker.");
        Assert.Equal(2, found.Count);
        Assert.Equal((Stance.Denies, "no offer had been received for the striker"), (found[1].Stance, found[1].Content.Text));

        // Not negated: asserted.
        var plain = En("The club's owner rejected the story, saying the striker was happy in the city.");
        Assert.Equal(Stance.Asserts, plain[1].Stance);
    }

    [Fact]
    public void A_spokesman_quoted_after_his_side_denied_denies_in_his_own_words()
    {
        var found = En("The port authority denied that the terminal had been shut. \"Not a single ship has been turned away,\" its spokeswoman, Lena Holm, said.");
        Assert.Equal(2, found.Count);
        Assert.Equal(Stance.Denies, found[1].Stance);

        // A pledge about what comes is no denial.
        var pledge = En("The port authority denied that the terminal had been shut. \"We will not close the terminal this winter,\" its spokeswoman, Lena Holm, said.");
        Assert.Equal(Stance.Asserts, pledge[1].Stance);
    }

    [Fact]
    public void Negated_words_that_take_up_another_speakers_words_rebut_them()
    {
        var found = En("Police chief Aron Dahl said the protesters had attacked the barracks. A lawyer for the protesters, Ines Moor, said her clients had never been near the barracks.");
        Assert.Equal(2, found.Count);
        Assert.Equal((Stance.Denies, "Ines Moor"), (found[1].Stance, found[1].Speaker!.Name));

        // Negated, but about something no one else said: asserted.
        var other = En("Police chief Aron Dahl said the protesters had attacked the barracks. Observers said they had seen no sign of weapons in the square.");
        Assert.Equal(Stance.Asserts, other[1].Stance);
    }

    [Fact]
    public void A_reply_to_reports_denies_them_and_the_reports_assert()
    {
        var found = En("\"There is no plan to sell the stadium,\" club president Rui Campos said, responding to reports that the club would sell the ground to developers. He added that the club's finances were sound.");
        Assert.Equal(3, found.Count);
        Assert.Equal((Stance.Denies, "Rui Campos"), (found[0].Stance, found[0].Speaker!.Name));
        Assert.Equal(("reports", Stance.Asserts), (found[1].Speaker!.Name, found[1].Stance));
        Assert.Equal("the club would sell the ground to developers", found[1].Content.Text);
        Assert.Equal("Rui Campos", found[2].Speaker!.Name);

        Assert.Empty(En("Shares fell amid fears of a sale."));
    }
}
