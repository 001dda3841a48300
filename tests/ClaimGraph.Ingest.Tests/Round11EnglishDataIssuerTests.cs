using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "according to figures released by X" makes X the speaker; bare figures still speak for nobody; on sentences written for these tests.</summary>
public sealed class Round11EnglishDataIssuerTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void Figures_released_by_a_body_are_its_statement()
    {
        var f = Assert.Single(En("Unemployment rose to 7 per cent in May, according to figures published by the national statistics office on Tuesday."));
        Assert.Equal(Stance.Asserts, f.Stance);
        Assert.Equal("the national statistics office", f.Speaker!.Name);
        Assert.StartsWith("Unemployment rose", f.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_from_a_body_are_its_statement()
    {
        var f = Assert.Single(En("Traffic deaths fell by a fifth, according to data from the Road Safety Board."));
        Assert.Equal("the Road Safety Board", f.Speaker!.Name);
    }

    [Fact]
    public void Bare_figures_speak_for_nobody() => Assert.Empty(En("Traffic deaths fell by a fifth last year, according to figures for the first quarter."));
}
