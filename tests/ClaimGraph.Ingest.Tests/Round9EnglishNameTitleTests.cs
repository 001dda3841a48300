using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 9: job titles before a name and letters after it are no part of the name, on sentences written for these tests.</summary>
public sealed class Round9EnglishNameTitleTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Theory]
    [InlineData("Prosecutor Amir Qadri KC told the court that the invoices were forged.", "Amir Qadri")]
    [InlineData("Inspector Joan Pike said the road would stay closed overnight.", "Joan Pike")]
    [InlineData("Coach Rita Balogun insisted her players were not tired.", "Rita Balogun")]
    [InlineData("Dame Olive Crane DBE said the fund would double its grants.", "Dame Olive Crane")]
    public void The_name_is_without_job_title_and_letters(string text, string name) =>
        Assert.Equal(name, Assert.Single(En(text)).Speaker!.Name);

    [Fact]
    public void Capitals_that_are_a_name_stay()
    {
        // A company whose name ends in capitals keeps them: only letters after a person are cut.
        Assert.Equal("Harlow Group PLC", Assert.Single(En("Harlow Group PLC said profits had doubled.")).Speaker!.Name);
    }
}
