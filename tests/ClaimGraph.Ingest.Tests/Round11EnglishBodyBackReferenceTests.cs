using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 11: "the company" / "the society" is the body the paragraph introduced, and a time adverbial before a subject is no part of it; on sentences written for these tests.</summary>
public sealed class Round11EnglishBodyBackReferenceTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_company_introduced_by_its_trade_is_the_company()
    {
        var found = En("Shipping company Harlow Marsh was fined on Monday over a fuel spill. The company said the fine was unfair.");
        var f = Assert.Single(found);
        Assert.Equal("Harlow Marsh", f.Speaker!.Name);
    }

    [Fact]
    public void A_company_introduced_by_an_apposition_is_the_firm()
    {
        var found = En("Pellora, the food delivery app with two million users, lost its licence in Varn. The firm said it would appeal.");
        Assert.Equal("Pellora", Assert.Single(found).Speaker!.Name);
    }

    [Fact]
    public void A_society_named_earlier_is_the_society()
    {
        var found = En("Food prices have doubled, according to the Grey Heron Society. The society urged donors to send aid before winter.");
        Assert.Contains(found, f => f.Stance == Stance.Demands && f.Speaker!.Name == "Grey Heron Society");
    }

    [Fact]
    public void A_body_of_another_kind_is_not_the_society()
    {
        var found = En("Food prices have doubled, according to the Grey Heron Trust. The society urged donors to send aid before winter.");
        Assert.DoesNotContain(found, f => f.Speaker!.Name.Contains("Grey Heron", StringComparison.Ordinal) && f.Stance == Stance.Demands);
    }

    [Fact]
    public void A_name_introduced_otherwise_is_not_the_company()
    {
        var found = En("Regulator Tomas Greve visited the mine on Monday. The company said output would resume.");
        Assert.Equal("The company", Assert.Single(found).Speaker!.Name);
    }

    [Fact]
    public void A_time_adverbial_before_the_subject_is_dropped()
    {
        var found = En("Shares in Tarvel Systems fell on Monday, but on Tuesday the company confirmed that the plant had closed.");
        var f = Assert.Single(found);
        Assert.Equal(Stance.Confirms, f.Stance);
        Assert.Equal("Tarvel Systems", f.Speaker!.Name);
    }

    [Fact]
    public void Last_week_before_a_named_subject_is_dropped()
    {
        var f = Assert.Single(En("Last week, the Corran Dockers Union said the strike would go ahead."));
        Assert.Equal("the Corran Dockers Union", f.Speaker!.Name);
    }

    [Fact]
    public void A_possessive_period_is_part_of_the_subject()
    {
        var f = Assert.Single(En("Last week's audit said the river was polluted."));
        Assert.Contains("audit", f.Speaker!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plant_the_company_owns_is_not_the_company()
    {
        var found = En("Output at Veltra Chemicals fell after a fire at its Brent Hollow plant. The company said the fire was out.");
        Assert.Equal("Veltra Chemicals", Assert.Single(found).Speaker!.Name);
    }

    [Fact]
    public void A_name_before_a_plant_is_still_the_company()
    {
        var found = En("A fire broke out at the Corlan Polymers plant overnight. The company said no one was hurt.");
        Assert.Equal("Corlan Polymers", Assert.Single(found).Speaker!.Name);
    }

    [Fact]
    public void A_lone_later_before_the_subject_is_dropped()
    {
        var found = En("Haldor Shipping lost a vessel off the cape. Later the company said all crew had been rescued.");
        Assert.Equal("Haldor Shipping", Assert.Single(found).Speaker!.Name);
    }

    [Fact]
    public void Earlier_reports_stay_a_subject()
    {
        var f = Assert.Single(En("Earlier reports said the vessel had sunk."));
        Assert.Contains("reports", f.Speaker!.Name, StringComparison.Ordinal);
    }
}
