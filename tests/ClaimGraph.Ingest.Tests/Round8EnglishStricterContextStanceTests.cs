using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 8: negated words after a denial or beside another speaker's claim are denials only in the narrow cases, on sentences written for these tests.</summary>
public sealed class Round8EnglishStricterContextStanceTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_denial_that_says_what_it_denies_leaves_the_next_words_asserted()
    {
        var found = En("Coach Arno Veldt denied claims that he had lost the dressing room, saying the squad was not for sale.");
        Assert.Equal(2, found.Count);
        Assert.Equal(Stance.Denies, found[0].Stance);
        Assert.Equal(Stance.Asserts, found[1].Stance);

        // The denier's own quoted words after the denial: asserted.
        var quoted = En("Mayor Lena Sorg denied taking any payment. \"I have never met the man,\" she told Radio Vell.");
        Assert.Equal(Stance.Asserts, quoted[^1].Stance);
    }

    [Fact]
    public void A_denial_of_a_bare_report_and_a_spokesman_quote_still_deny()
    {
        var found = En("The port authority rejected the report, saying no ships had been turned away.");
        Assert.Equal(2, found.Count);
        Assert.Equal(Stance.Denies, found[1].Stance);

        var side = En("The Harbour Union denied any strike had been called. \"Nothing has been decided,\" its spokesman, Ola Brek, said.");
        Assert.Equal((Stance.Denies, "Ola Brek"), (side[^1].Stance, side[^1].Speaker!.Name));
    }

    [Fact]
    public void A_negated_verb_beside_another_claim_is_asserted_and_a_negated_thing_rebuts()
    {
        var found = En("Officials said the water was safe for families to drink. But Tom Ashe said the tests did not reflect what families were seeing.");
        Assert.Equal(Stance.Asserts, found[^1].Stance);

        var rebut = En("Prosecutor Ida Renn said the defendant had funded a smuggling network. His lawyer, Paul Gatt, said his client had no ties to any smuggling network.");
        Assert.Equal(Stance.Denies, rebut[^1].Stance);
    }
}
