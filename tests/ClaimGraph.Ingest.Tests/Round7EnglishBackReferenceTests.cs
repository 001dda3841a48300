using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 7: English definite descriptions ("the company", "her coach", "the newspaper") resolved within the paragraph, on sentences written for these tests.</summary>
public sealed class Round7EnglishBackReferenceTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void The_company_is_the_company_named_before_it_in_the_paragraph()
    {
        var f = Assert.Single(En("Brandt Airways will retire its oldest jets by March, the company said on Monday."));
        Assert.Equal("Brandt Airways", f.Speaker!.Name);

        var bank = En("Regulators fined Oster Bank for lax checks. The bank said it had already changed its procedures.");
        Assert.Equal("Oster Bank", Assert.Single(bank).Speaker!.Name);

        // No named body in the paragraph: the description stays, and a name in another paragraph is not taken.
        Assert.Equal("The company", Assert.Single(En("The company said profits had doubled.")).Speaker!.Name);
        var split = En("Oster Bank opened a branch.\nThe bank said deposits had grown.");
        Assert.Equal("The bank", Assert.Single(split).Speaker!.Name);
    }

    [Fact]
    public void The_ministry_is_the_ministry_that_spoke_earlier()
    {
        var found = En("The agriculture ministry said the harvest had failed. The ministry added that imports would rise.");
        Assert.Equal(2, found.Count);
        Assert.Equal("The agriculture ministry", found[1].Speaker!.Name);
    }

    [Fact]
    public void Her_coach_is_the_person_the_paragraph_names_as_coach()
    {
        var found = En("The sprinter will miss the final, her coach said. Coach Mira Falk told the Evening Star that the injury was minor.");
        Assert.Equal("Mira Falk", found[0].Speaker!.Name);
        Assert.Equal(ActorKind.Person, found[0].Speaker!.Kind);

        var lawyer = En("His lawyer said he would appeal. The hearing was attended by his lawyer, Dana Reyes.");
        Assert.Equal("Dana Reyes", Assert.Single(lawyer).Speaker!.Name);

        // Two different coaches named: no guess.
        var two = En("The team lost, its coach said. Coach Ivo Marn and coach Ana Drel left early.");
        Assert.Equal("its coach", Assert.Single(two).Speaker!.Name);
    }

    [Fact]
    public void The_newspaper_is_the_outlet_that_relayed_before_and_one_of_the_sources_keeps_their_relay()
    {
        var found = En("The mayor will resign, two aides told the Valley Record. A third aide, however, confirmed to the newspaper that talks were under way.");
        Assert.Equal(2, found.Count);
        Assert.Equal("the Valley Record", found[1].RelayedBy!.Name);
        Assert.Equal("talks were under way", found[1].Content.Text);

        var part = En("The border will reopen, three officials told Radio Pella. The first trucks would cross on Friday, one of the officials said.");
        Assert.Equal("Radio Pella", part[1].RelayedBy!.Name);

        // An audience that is a body, not an outlet, relays nothing; its words are skipped.
        var body = Assert.Single(En("The treasury confirmed to the Budget Committee that spending had risen."));
        Assert.Null(body.RelayedBy);
        Assert.Equal("spending had risen", body.Content.Text);
    }
}
