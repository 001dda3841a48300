using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: "should / must / ought to" telling someone to act makes a neutral verb's words a demand; on sentences written for these tests.</summary>
public sealed class Round10EnglishModalDemandTests
{
    private static Finding One(string text) => Assert.Single(StatementExtractor.Extract(text, "en"));

    [Theory]
    [InlineData("Union leader Gwen Pryce said the ministry should reopen talks before the strike spreads.")]
    [InlineData("Health officer Tomas Brink told the Lakeside Star that residents must not drink tap water until Friday.")]
    [InlineData("\"Drivers ought to slow down near the school,\" said Sergeant Lucy Hale.")]
    [InlineData("Campaigner Ida Roth said the board's members must be held to account for the losses.")]
    [InlineData("Senator Amos Greer said the agency should \"stop hiding the figures\".")]
    public void A_modal_of_duty_demands(string text) => Assert.Equal(Stance.Demands, One(text).Stance);

    [Theory]
    [InlineData("Economist Mara Lind said prices should fall later in the year.")]
    [InlineData("Detective Paul Kerr said there must be a witness somewhere.")]
    [InlineData("Coach Rita Vance said the team should have scored in the first half.")]
    [InlineData("Chief executive Omar Sahin said he should be fit to travel on Monday.")]
    [InlineData("Minister Ana Polk said I should not comment on the case.")]
    public void A_guess_hindsight_or_a_thing_as_subject_stays_an_assertion(string text) => Assert.Equal(Stance.Asserts, One(text).Stance);
}
