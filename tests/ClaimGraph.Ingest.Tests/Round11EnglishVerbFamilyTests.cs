using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: more reporting verb families (dismissals with a particle, asides with "that", petitions with an object and "to"); on sentences written for these tests.</summary>
public sealed class Round11EnglishVerbFamilyTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Theory]
    [InlineData("The minister brushed aside reports that she would resign.")]
    [InlineData("The club shrugged off the claims that its coach had quit.")]
    public void A_dismissal_of_reports_is_a_denial(string text) => Assert.Equal(Stance.Denies, Assert.Single(En(text)).Stance);

    [Fact]
    public void Brushing_aside_an_object_says_nothing() => Assert.Empty(En("The gardener brushed aside the leaves."));

    [Theory]
    [InlineData("The senator quipped that the bill was dead.")]
    [InlineData("Officials reckon that the dam will hold.")]
    [InlineData("The coach joked that his players needed a holiday.")]
    public void An_aside_with_that_is_an_assertion(string text) => Assert.Equal(Stance.Asserts, Assert.Single(En(text)).Stance);

    [Fact]
    public void A_joke_without_that_says_nothing() => Assert.Empty(En("The players joked about the weather."));

    [Theory]
    [InlineData("The union petitioned the court to halt the closure.")]
    [InlineData("Campaigners lobbied the council to keep the library open.")]
    public void A_petition_with_an_object_and_to_is_a_demand(string text) => Assert.Equal(Stance.Demands, Assert.Single(En(text)).Stance);

    [Fact]
    public void Lobbying_for_hours_is_no_demand() => Assert.Empty(En("They lobbied for hours in the corridor."));
}
