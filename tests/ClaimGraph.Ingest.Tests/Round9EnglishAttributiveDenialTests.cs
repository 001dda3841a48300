using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 9: a denial word before a noun describes the thing and accuses, it denies nothing; on sentences written for these tests.</summary>
public sealed class Round9EnglishAttributiveDenialTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Theory]
    [InlineData("The auditor told the committee that the firm had booked fictitious sales to inflate its profits.")]
    [InlineData("Councillor Amy Roe accused the developer of misleading residents about the flood risk.")]
    [InlineData("Detectives said the suspect had used false passports to enter the country.")]
    public void A_denial_word_before_a_noun_accuses(string text) =>
        Assert.Equal(Stance.Asserts, Assert.Single(En(text)).Stance);

    [Theory]
    [InlineData("The ministry said the figures were false.")]
    [InlineData("The ministry said the report was false and misleading.")]
    [InlineData("The ministry said the newspaper had published false claims about the minister.")]
    public void A_denial_word_as_predicate_or_before_a_claim_denies(string text) =>
        Assert.Equal(Stance.Denies, Assert.Single(En(text)).Stance);
}
