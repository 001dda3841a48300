using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 7: English reporting-verb families and gated frames, on sentences written for these tests.</summary>
public sealed class Round7EnglishVerbTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Theory]
    [InlineData("The harbour master reiterated that the channel was safe.", Stance.Asserts)]
    [InlineData("The coach emphasised that no player had been injured.", Stance.Asserts)]
    [InlineData("The mayor pointed out that the tunnel had cost less than planned.", Stance.Asserts)]
    [InlineData("The auditor corroborated the figures in the annual report.", Stance.Confirms)]
    [InlineData("The airline repudiated the pilots' account of the landing.", Stance.Denies)]
    [InlineData("The families implored the authorities to reopen the mine.", Stance.Demands)]
    [InlineData("Local officials say the floodwater is receding.", Stance.Asserts)]
    [InlineData("Villagers deny that the well was poisoned.", Stance.Denies)]
    [InlineData("Investigators concluded that the fire had been started deliberately.", Stance.Asserts)]
    [InlineData("The central bank estimated that exports would fall by a tenth.", Stance.Asserts)]
    [InlineData("Police believe that the thieves escaped by boat.", Stance.Asserts)]
    public void A_verb_of_the_family_reports_with_its_stance(string sentence, Stance stance)
    {
        var f = Assert.Single(En(sentence));
        Assert.Equal(stance, f.Stance);
    }

    [Fact]
    public void Ruled_out_denies_and_ruled_that_asserts_but_ruled_a_country_is_no_statement()
    {
        var f = Assert.Single(En("The treasury ruled out a rise in fuel duty."));
        Assert.Equal((Stance.Denies, "a rise in fuel duty"), (f.Stance, f.Content.Text));
        Assert.Equal(Stance.Asserts, Assert.Single(En("The tribunal ruled that the dismissal was unfair.")).Stance);
        Assert.Empty(En("The dynasty ruled the island for two centuries."));
    }

    [Fact]
    public void Pressed_or_appealed_for_and_asked_someone_to_act_demand()
    {
        var f = Assert.Single(En("The nurses' union pressed for a shorter working week."));
        Assert.Equal((Stance.Demands, "a shorter working week"), (f.Stance, f.Content.Text));
        Assert.Equal(Stance.Demands, Assert.Single(En("Relatives appealed for calm outside the court.")).Stance);

        var found = En("The growers' association warned that harvests would shrink and asked the government to cut water charges.");
        Assert.Equal(2, found.Count);
        Assert.Equal((Stance.Asserts, "harvests would shrink"), (found[0].Stance, found[0].Content.Text));
        Assert.Equal((Stance.Demands, "the government to cut water charges"), (found[1].Stance, found[1].Content.Text));

        Assert.Empty(En("The defendants appealed the sentence."));
        Assert.Empty(En("She asked to be moved to another ward."));
        var anonymous = Assert.Single(En("An engineer who asked not to be named said the dam was sound."));
        Assert.Equal(Stance.Asserts, anonymous.Stance);
    }

    [Fact]
    public void Accused_and_blamed_assert_the_accusation_but_not_in_the_passive()
    {
        var f = Assert.Single(En("The fishermen's cooperative blamed the new dam for the collapse of salmon stocks."));
        Assert.Equal((Stance.Asserts, "the new dam for the collapse of salmon stocks"), (f.Stance, f.Content.Text));
        Assert.Equal(Stance.Asserts, Assert.Single(En("Rival candidates have accused the mayor of buying votes.")).Stance);

        Assert.Empty(En("The contractor was blamed for the delays."));
        Assert.Empty(En("The treasurer was accused of fraud."));
    }

    [Fact]
    public void That_verbs_need_that_and_plural_forms_need_a_subject()
    {
        Assert.Empty(En("An estimated 5,000 people lined the route."));
        Assert.Empty(En("The ferry is expected to sail on Friday."));
        Assert.Empty(En("Divers found the wreck at a depth of 40 metres."));
        Assert.Empty(En("The board refused to confirm the merger."));
        Assert.Empty(En("Amid fears that the bridge would fail, traffic was diverted."));
        Assert.Empty(En("Passengers were told to stay in their seats."));
    }

    [Fact]
    public void A_participle_after_a_clause_that_does_not_report_is_spoken_by_that_clause_subject()
    {
        var found = En("The airport said flights were delayed. Health Minister Oren Tal welcomed the report, saying the hospitals were ready.");
        Assert.Equal(2, found.Count);
        Assert.Equal("Oren Tal", found[1].Speaker!.Name);

        var court = Assert.Single(En("An appeals court in Brenna on Friday overturned the ban, ruling that it breached the constitution."));
        Assert.Contains("appeals court", court.Speaker!.Name, StringComparison.Ordinal);

        var marchers = Assert.Single(En("Teachers marched to the parliament, calling for smaller classes."));
        Assert.Equal((Stance.Demands, "Teachers"), (marchers.Stance, marchers.Speaker!.Name));

        // Not a speaker: prices do not confirm.
        Assert.Empty(En("Prices rose again in May, confirming fears of a slowdown."));
    }

    [Fact]
    public void Plurals_that_are_nouns_as_often_report_only_before_that()
    {
        Assert.Equal(Stance.Asserts, Assert.Single(En("The charter states that every member has one vote.")).Stance);
        Assert.Empty(En("Envoys from the United States arrived in the capital."));
        Assert.Empty(En("Voters remember the broken promises of the last government."));
    }

    [Fact]
    public void Progressive_forms_and_adverbs_before_the_verb_keep_the_subject()
    {
        var f = Assert.Single(En("Dock workers are demanding a shorter week."));
        Assert.Equal(("Dock workers", Stance.Demands), (f.Speaker!.Name, f.Stance));
        Assert.Equal("Residents", Assert.Single(En("Residents have long insisted that the water is unsafe.")).Speaker!.Name);
        Assert.Empty(En("The crowd was warning-free and calm."));
    }

    [Fact]
    public void Insisted_on_something_demands_but_insisted_on_a_weekday_does_not()
    {
        var f = Assert.Single(En("The auditors insisted on full access to the accounts."));
        Assert.Equal((Stance.Demands, "full access to the accounts"), (f.Stance, f.Content.Text));
        Assert.Equal(Stance.Asserts, Assert.Single(En("The auditors insisted on Friday that the accounts were sound.")).Stance);
    }

    [Fact]
    public void A_passive_report_with_its_agent_is_the_agents()
    {
        var f = Assert.Single(En("The casualty figures were confirmed by the regional health office."));
        Assert.Equal(("the regional health office", Stance.Confirms, "The casualty figures"), (f.Speaker!.Name, f.Stance, f.Content.Text));
        Assert.Empty(En("The visitors were told to wait outside."));
    }

    [Fact]
    public void Argue_insist_warn_believe_and_fear_report_after_a_plural_subject_only()
    {
        Assert.Equal("Opponents", Assert.Single(En("Opponents argue the tunnel will never pay for itself.")).Speaker!.Name);
        Assert.Equal("Farmers", Assert.Single(En("Farmers fear the river will flood again.")).Speaker!.Name);
        Assert.Empty(En("Shares fell amid fear of a recession."));
    }

    [Fact]
    public void A_reported_own_denial_denies()
    {
        Assert.Equal(Stance.Denies, Assert.Single(En("The railway said it \"firmly rejects\" the union's figures.")).Stance);
        Assert.Equal(Stance.Denies, Assert.Single(En("The club said it had denied the request.")).Stance);
        // Someone else's rejection, reported: asserted.
        Assert.Equal(Stance.Asserts, Assert.Single(En("The union said the court rejected its appeal.")).Stance);
    }

    [Fact]
    public void Asked_or_lobbied_for_something_and_wanting_someone_to_act_demand()
    {
        Assert.Equal((Stance.Demands, "a ban on the pesticide"), Pair(Assert.Single(En("The growers' group lobbied for a ban on the pesticide."))));
        Assert.Equal((Stance.Demands, "the council to reopen the library"), Pair(Assert.Single(En("Parents want the council to reopen the library."))));
        Assert.Empty(En("The mayor wants to run for a second term."));
        Assert.Empty(En("Villagers waited for hours and asked for two days."));
    }

    [Fact]
    public void Incorrect_or_a_lie_denies()
    {
        Assert.Equal(Stance.Denies, Assert.Single(En("The insurer said the figures in the report were incorrect.")).Stance);
    }

    private static (Stance, string) Pair(Finding f) => (f.Stance, f.Content.Text);
}
