using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "in a statement posted on ..." between a subject and its verb is a frame, not the speaker; on sentences written for these tests.</summary>
public sealed class Round11EnglishPostedDocumentTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void The_subject_before_a_posted_statement_speaks()
    {
        var f = Assert.Single(En("The Harvest Party, in a statement posted on its website, called on voters to \"stay at home.\""));
        Assert.Equal(Stance.Demands, f.Stance);
        Assert.Equal("The Harvest Party", f.Speaker!.Name);
    }

    [Fact]
    public void The_subject_before_a_letter_tweeted_to_members_speaks()
    {
        var f = Assert.Single(En("The dockers' union, in a message tweeted to members on Friday, said the strike would go ahead."));
        Assert.Contains("union", f.Speaker!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_before_a_reporting_verb_is_no_document()
    {
        var found = En("Nadia Okoro tweeted a photo of the flooded road. The council said the road would reopen on Monday.");
        Assert.Contains(found, f => f.Speaker!.Name == "The council");
        Assert.DoesNotContain(found, f => f.Speaker!.Name.Contains("Okoro", StringComparison.Ordinal) && f.Content.Text.Contains("reopen", StringComparison.Ordinal));
    }
}
