using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: the one accused after "accused" / "blamed" is never taken as the speaker, on sentences written for these tests.</summary>
public sealed class Round8EnglishAccusedObjectTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void The_accuser_speaks_and_demands_in_the_same_sentence()
    {
        var found = En("The union's general secretary, Pia Lund, accused the airline of \"treating pilots like machines\" and called on the regulator to open an inquiry.");
        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.Equal("Pia Lund", f.Speaker!.Name));
        Assert.Contains(found, f => f.Stance == Stance.Demands);
        Assert.DoesNotContain(found, f => f.Speaker!.Name.Contains("airline", StringComparison.Ordinal));
    }

    [Fact]
    public void A_said_verb_after_a_comma_still_takes_the_speaker_after_it()
    {
        var f = Assert.Single(En("\"We will appeal,\" said the club's lawyer, Ana Teixeira."));
        Assert.Equal("Ana Teixeira", f.Speaker!.Name);
    }
}
