using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 7: English frames (relative speakers, citing after the verb, naming, acts, split quotations, documents' findings), on sentences written for these tests.</summary>
public sealed class Round7EnglishFrameTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void The_antecedent_of_who_said_speaks()
    {
        var found = En("The singer denied the claims through her manager, Paolo Venn, who said she would sue the magazine.");
        Assert.Equal(2, found.Count);
        Assert.Equal((Stance.Denies, "The singer"), (found[0].Stance, found[0].Speaker!.Name));
        Assert.Equal(("Paolo Venn", "she would sue the magazine"), (found[1].Speaker!.Name, found[1].Content.Text));

        // A relative clause that reports nothing gives no statement.
        Assert.Empty(En("She hired a lawyer, Paolo Venn, who lives in Rome."));
    }

    [Fact]
    public void Reported_citing_someone_after_the_verb_relays_them()
    {
        var f = Assert.Single(En("The Morning Ledger reported, citing two bankers in Oslo, that the merger had been called off."));
        Assert.Equal("two bankers in Oslo", f.Speaker!.Name);
        Assert.Contains("Morning Ledger", f.RelayedBy!.Name, StringComparison.Ordinal);
        Assert.Equal("the merger had been called off", f.Content.Text);
    }

    [Fact]
    public void Calling_something_a_quoted_name_or_describing_it_as_something_asserts()
    {
        var found = En("The environment minister called the spill \"the worst disaster in our history\" and demanded compensation from the operator.");
        Assert.Equal(2, found.Count);
        Assert.Equal((Stance.Asserts, "the worst disaster in our history"), (found[0].Stance, found[0].Content.Text));
        Assert.Equal(Stance.Demands, found[1].Stance);

        Assert.Equal(Stance.Asserts, Assert.Single(En("The monitors described the vote as largely free and fair.")).Stance);
        Assert.Empty(En("Neighbours described the noise as the roof collapsed."));
        Assert.Empty(En("Residents called the hotline for advice."));
        Assert.Empty(En("The minister called his deputy on Sunday."));
    }

    [Fact]
    public void Declaring_an_emergency_is_an_act_and_the_actor_speaks_the_next_clause()
    {
        var f = Assert.Single(En("Governor Lisa Marr declared a state of emergency and urged residents to stay indoors."));
        Assert.Equal(("Lisa Marr", Stance.Demands), (f.Speaker!.Name, f.Stance));
        Assert.Equal(Stance.Asserts, Assert.Single(En("The council declared that the road was unsafe.")).Stance);
    }

    [Fact]
    public void A_quotation_broken_by_its_speaker_is_his_on_both_sides()
    {
        var found = En("\"The figures look good,\" said Dr. Mona Kriel, who ran the trial, \"but we need more data before anyone celebrates.\"");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("Mona Kriel", f.Speaker!.Name));
        Assert.Equal(Stance.Demands, found[1].Stance);
    }

    [Fact]
    public void A_poll_by_someone_found_is_their_finding()
    {
        var f = Assert.Single(En("A survey by the Norland Institute found 40 percent of farmers expect lower yields."));
        Assert.Equal("the Norland Institute", f.Speaker!.Name);
        Assert.Equal("40 percent of farmers expect lower yields", f.Content.Text);

        Assert.Empty(En("Researchers at the site found a second skeleton."));
        Assert.Empty(En("A bag left by a passenger was found near the gate."));
    }

    [Fact]
    public void A_short_quotation_before_said_and_its_speaker_after_it()
    {
        var f = Assert.Single(En("\"We are ready,\" said goalkeeper Ana Ruiz."));
        Assert.Equal(("Ana Ruiz", "We are ready"), (f.Speaker!.Name, f.Content.Text));
    }

    [Fact]
    public void As_reported_by_an_outlet_names_the_source_of_the_clause()
    {
        var f = Assert.Single(En("The striker has signed a new contract, as reported by the Evening Sport."));
        Assert.Contains("Evening Sport", f.Speaker!.Name, StringComparison.Ordinal);
        Assert.Equal("The striker has signed a new contract", f.Content.Text);
    }

    [Fact]
    public void Calling_a_report_fake_news_or_a_hoax_denies_it()
    {
        Assert.Equal(Stance.Denies, Assert.Single(En("The governor's office called the story \"fake news\".")).Stance);
        Assert.Equal(Stance.Denies, Assert.Single(En("The airline branded the rumours a hoax.")).Stance);
    }

    [Fact]
    public void A_naming_participle_after_a_clause_that_said_nothing_asserts_only_a_quotation()
    {
        var f = Assert.Single(En("The mayor praised the new bridge, calling it \"the finest crossing in the region\"."));
        Assert.Equal(("The mayor", Stance.Asserts), (f.Speaker!.Name, f.Stance));
        Assert.Empty(En("The mayor opened the bridge, calling it a triumph of engineering."));

        // After a statement, the naming belongs to it.
        Assert.Single(En("The senator rejected claims that she had lied, calling them \"a fabrication\"."));
    }

    [Fact]
    public void Appealed_to_an_audience_to_act_demands()
    {
        var f = Assert.Single(En("The water board appealed to households to cut their use by a fifth."));
        Assert.Equal((Stance.Demands, "households to cut their use by a fifth"), (f.Stance, f.Content.Text));
        Assert.Empty(En("The film appealed to younger viewers."));
    }

    [Fact]
    public void A_speaker_set_off_by_commas_inside_the_sentence_speaks_it()
    {
        var f = Assert.Single(En("The dam, engineers said, is safe for now."));
        Assert.Equal(("engineers", "The dam, engineers said, is safe for now"), (f.Speaker!.Name, f.Content.Text));
        Assert.Empty(En("The dam, which engineers built, is safe."));
    }

    [Fact]
    public void Citing_someone_before_the_subject_and_a_report_by_someone_name_the_source()
    {
        var f = Assert.Single(En("Citing three bankers, the Coastal Herald said the bank would be sold."));
        Assert.Equal("three bankers", f.Speaker!.Name);
        Assert.Contains("Coastal Herald", f.RelayedBy!.Name, StringComparison.Ordinal);

        var doc = Assert.Single(En("A study by the Lindholm Institute said rents had doubled."));
        Assert.Contains("Lindholm Institute", doc.Speaker!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_paper_is_the_outlet_that_reported_before_and_a_speakers_name_ends_before_in_a_statement()
    {
        var found = En("The Valley Record reported that the dam had cracked. The paper also reported that the mayor had resigned.");
        Assert.Equal(2, found.Count);
        Assert.Equal(found[0].Speaker!.Name, found[1].Speaker!.Name);

        var f = Assert.Single(En("\"The count was accurate,\" said the election board in a statement."));
        Assert.Equal("the election board", f.Speaker!.Name);
    }

    [Fact]
    public void Pleaded_not_guilty_denies_but_pleaded_guilty_does_not()
    {
        Assert.Equal(Stance.Denies, Assert.Single(En("The former mayor pleaded not guilty to all four charges.")).Stance);
        Assert.Empty(En("The driver pleaded guilty to careless driving."));
    }

    [Fact]
    public void Was_quoted_as_saying_is_the_subjects_and_by_an_outlet_relays()
    {
        var f = Assert.Single(En("The harbour master was quoted by the Coast Gazette as saying that the pier was unsafe."));
        Assert.Equal(("The harbour master", "the pier was unsafe"), (f.Speaker!.Name, f.Content.Text));
        Assert.Contains("Coast Gazette", f.RelayedBy!.Name, StringComparison.Ordinal);
        Assert.Null(Assert.Single(En("The harbour master was quoted as saying that the pier was unsafe.")).RelayedBy);
    }

    [Fact]
    public void Notes_between_the_verb_and_the_words_are_not_content()
    {
        Assert.Equal("the pitch was unplayable", Assert.Single(En("The referee said after the game that the pitch was unplayable.")).Content.Text);
        Assert.Equal("the fine would be appealed", Assert.Single(En("The league said in a statement the fine would be appealed.")).Content.Text);
        // "in a statement to X" is the relay's frame, left to it.
        Assert.Contains("Radio Lumen", Assert.Single(En("The league said in a statement to Radio Lumen that the fine would be appealed.")).RelayedBy!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_saying_is_the_issuers()
    {
        var f = Assert.Single(En("The museum released a statement saying the painting had been returned."));
        Assert.Equal(("The museum", "the painting had been returned"), (f.Speaker!.Name, f.Content.Text));
        Assert.Empty(En("A sign saying the road was closed had been removed."));
    }

    [Fact]
    public void A_comma_and_starts_a_clause_with_its_own_subject()
    {
        var f = Assert.Single(En("The hearing lasted six hours, and the judge said a verdict would follow on Monday."));
        Assert.Equal("the judge", f.Speaker!.Name);

        // Without a subject of its own, the clause continues the speaker before.
        var found = En("The judge said the hearing was over, and added that a verdict would follow.");
        Assert.Equal(2, found.Count);
        Assert.Equal("The judge", found[1].Speaker!.Name);
    }
}
