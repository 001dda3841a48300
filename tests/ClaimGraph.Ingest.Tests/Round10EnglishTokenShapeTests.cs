using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: a decimal point ends no reported clause, and a hyphenated word may sit in the object of "ordered X to"; on sentences written for these tests.</summary>
public sealed class Round10EnglishTokenShapeTests
{
    private static Finding One(string text) => Assert.Single(StatementExtractor.Extract(text, "en"));

    [Fact]
    public void A_decimal_point_ends_no_clause()
    {
        var f = One("The airline admitted that about 2.5 million bags were delayed last year.");
        Assert.Equal("about 2.5 million bags were delayed last year", f.Content.Text);
    }

    [Fact]
    public void A_full_stop_after_a_number_still_ends_the_clause()
    {
        var found = StatementExtractor.Extract("The airline said delays rose by 12. Passengers were angry.", "en");
        Assert.Equal("delays rose by 12", Assert.Single(found).Content.Text);
    }

    [Fact]
    public void A_hyphenated_object_before_to_is_still_an_order()
    {
        var f = One("The regulator has ordered car-sharing firm Velo to halt its service in the city.");
        Assert.Equal(Stance.Demands, f.Stance);
    }
}
