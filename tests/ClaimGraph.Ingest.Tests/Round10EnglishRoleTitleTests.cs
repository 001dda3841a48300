using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: roles written before a name across news beats are no part of the name; on sentences written for these tests.</summary>
public sealed class Round10EnglishRoleTitleTests
{
    private static Finding One(string text) => Assert.Single(StatementExtractor.Extract(text, "en"));

    [Theory]
    [InlineData("Striker Leo Marten said the team would win the league.", "Leo Marten")]
    [InlineData("Economist Mara Lind said inflation would ease by spring.", "Mara Lind")]
    [InlineData("Imam Yusuf Adeyemi said the mosque would open its doors to flood victims.", "Yusuf Adeyemi")]
    [InlineData("Congresswoman Ada Ruiz said the bill would pass next week.", "Ada Ruiz")]
    [InlineData("Epidemiologist Kofi Mensah warned that cases were rising again.", "Kofi Mensah")]
    [InlineData("Referee Jon Halse admitted that he had missed the foul.", "Jon Halse")]
    public void A_role_before_a_name_is_the_role(string text, string name)
    {
        var f = One(text);
        Assert.Equal(name, f.Speaker!.Name);
        Assert.Equal(ActorKind.Person, f.Speaker.Kind);
    }

    [Fact]
    public void A_role_without_a_name_stays_as_written()
    {
        var f = One("The lead researcher said the samples had been contaminated.");
        Assert.Equal("The lead researcher", f.Speaker!.Name);
        Assert.NotEqual(ActorKind.Person, f.Speaker.Kind);
    }
}
