using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 9: a negated subject before "will" ("no deal will be signed") is a pledge, not a rebuttal, on sentences written for these tests.</summary>
public sealed class Round9EnglishPledgeTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void No_thing_will_is_a_pledge()
    {
        var f = En("Union sources said a pay agreement could be signed by Friday. Transport Secretary Ivo Brandt said no agreement would be signed without the drivers' consent.");
        Assert.Equal(Stance.Asserts, f[^1].Stance);
    }

    [Fact]
    public void No_thing_without_a_modal_still_rebuts()
    {
        var f = En("Union sources said the pay agreement had been signed on Friday. Transport Secretary Ivo Brandt said no agreement had been signed with the drivers.");
        Assert.Equal(Stance.Denies, f[^1].Stance);
    }
}
