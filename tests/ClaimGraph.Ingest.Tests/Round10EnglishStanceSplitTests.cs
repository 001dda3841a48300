using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: reported words split at ", but" when the halves take different stances (an assertion, then a demand); on sentences written for these tests.</summary>
public sealed class Round10EnglishStanceSplitTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void An_assertion_then_a_demand_are_two_statements()
    {
        var found = En("\"The water supply is safe again, but residents should keep boiling it until Sunday,\" said engineer Petra Holm.");
        Assert.Equal(2, found.Count);
        Assert.Contains(found, f => f.Stance == Stance.Asserts && f.Content.Text == "The water supply is safe again" && f.Speaker!.Name == "Petra Holm");
        Assert.Contains(found, f => f.Stance == Stance.Demands && f.Content.Text.StartsWith("residents should", StringComparison.Ordinal) && f.Speaker!.Name == "Petra Holm");
    }

    [Fact]
    public void The_second_half_keeps_its_speaker_when_another_speaker_and_a_denied_charge_follow()
    {
        var found = En("Fire officer Lena Varga said the blaze was out. \"There is no risk now, but residents must keep their windows shut,\" she added. "
            + "Councillor Omar Reid accused the council of ignoring the warnings. Mayor Tess Quill dismissed the charge as baseless.");
        var demand = Assert.Single(found, f => f.Stance == Stance.Demands);
        Assert.Equal("Lena Varga", demand.Speaker!.Name);
    }

    [Fact]
    public void Two_assertions_joined_by_but_stay_one_statement()
    {
        var f = Assert.Single(En("Finance chief Karl Obi said sales rose in the spring, but profits fell sharply in the summer."));
        Assert.Equal(Stance.Asserts, f.Stance);
    }

    [Fact]
    public void A_verbs_own_stance_is_not_split()
    {
        var f = Assert.Single(En("The council denied that the pool would close, but parents must book lessons early."));
        Assert.Equal(Stance.Denies, f.Stance);
    }
}
