using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: outlets named in other shapes than "told X", and "neither confirm nor deny"; on sentences written for these tests.</summary>
public sealed class Round10EnglishOutletShapeTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void Telling_an_outlet_relays_the_participle_and_the_statement_it_follows()
    {
        var found = En("Mayor Ines Koval denied that the bridge was unsafe, telling the Riverside Echo that \"every beam was checked last spring.\"");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("the Riverside Echo", f.RelayedBy?.Name));
    }

    [Fact]
    public void Telling_a_person_or_a_body_relays_nothing()
    {
        var found = En("Mayor Ines Koval denied that the bridge was unsafe, telling the Transport Ministry that every beam was checked.");
        Assert.All(found, f => Assert.Null(f.RelayedBy));
        found = En("Mayor Ines Koval denied that the bridge was unsafe, telling residents that every beam was checked.");
        Assert.All(found, f => Assert.Null(f.RelayedBy));
    }

    [Fact]
    public void According_to_people_who_spoke_to_an_outlet()
    {
        var f = Assert.Single(En("The airline will close its Varna base in June, according to three pilots who spoke to the Evening Standard."));
        Assert.Equal("three pilots", f.Speaker!.Name);
        Assert.Equal("the Evening Standard", f.RelayedBy?.Name);
    }

    [Fact]
    public void According_to_people_who_spoke_to_colleagues_relays_nothing()
    {
        var f = Assert.Single(En("The airline will close its Varna base in June, according to three pilots who spoke to colleagues."));
        Assert.Null(f.RelayedBy);
    }

    [Fact]
    public void Quoted_by_an_outlet_inside_the_subject()
    {
        var f = Assert.Single(En("A senior customs officer, quoted by the Daily Mirror, admitted that the scanners had been switched off."));
        Assert.Equal("A senior customs officer", f.Speaker!.Phrase.Text);
        Assert.Equal("the Daily Mirror", f.RelayedBy?.Name);
    }

    [Fact]
    public void An_opening_interview_carries_to_the_second_verb_of_the_sentence()
    {
        var f = Assert.Single(En("In an interview with Radio Danube, coach Ivo Petrov refused to name his team but admitted that two players were injured."));
        Assert.Equal("Ivo Petrov", f.Speaker!.Name);
        Assert.Equal("Radio Danube", f.RelayedBy?.Name);
    }

    [Fact]
    public void Neither_confirm_nor_deny_is_no_statement_and_leaves_the_subject_clean()
    {
        var found = En("The ministry would neither confirm nor deny the report, saying only that \"the review is continuing.\"");
        Assert.DoesNotContain(found, f => f.Stance is Stance.Confirms or Stance.Denies);
        var f = Assert.Single(found);
        Assert.Equal("The ministry", f.Speaker!.Phrase.Text);
        Assert.StartsWith("the review is continuing", f.Content.Text, StringComparison.Ordinal);
    }
}
