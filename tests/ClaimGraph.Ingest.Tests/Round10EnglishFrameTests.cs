using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: frames around English statements (a bare weekday after the verb, "Quoting X,", a relative clause in an apposition, an interview named in its own sentence); on sentences written for these tests.</summary>
public sealed class Round10EnglishFrameTests
{
    private static List<Finding> En(string text) => StatementExtractor.Extract(text, "en");

    [Fact]
    public void A_bare_weekday_after_the_verb_ends_an_inverted_statement()
    {
        var f = Assert.Single(En("The Tarn ferry will stop running in October, port officials said Tuesday."));
        Assert.Equal("port officials", f.Speaker!.Name);
        Assert.Equal("The Tarn ferry will stop running in October", f.Content.Text);
    }

    [Fact]
    public void A_weekday_followed_by_reported_words_is_no_tail()
    {
        var f = Assert.Single(En("The Tarn ferry will stop running in October, port officials said Tuesday the new timetable would apply."));
        Assert.NotEqual("The Tarn ferry will stop running in October", f.Content.Text);
    }

    [Fact]
    public void Quoting_opens_a_relay_like_citing()
    {
        var f = Assert.Single(En("Quoting two police officers, the Morning Star reported that the depot had been searched."));
        Assert.Equal("two police officers", f.Speaker!.Name);
        Assert.EndsWith("Morning Star", f.RelayedBy!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_clause_inside_an_apposition_is_no_subject()
    {
        var f = Assert.Single(En("Harbour Watch, the charity that filed the complaint, said the ruling came too late."));
        Assert.Equal("Harbour Watch", f.Speaker!.Name);
    }

    [Fact]
    public void A_relative_clause_without_an_apposition_still_ends_the_subject_walk()
    {
        var f = Assert.Single(En("Fishermen who lost their nets said the storm came without warning."));
        Assert.Equal("Fishermen", f.Speaker!.Phrase.Text);
    }

    [Fact]
    public void An_interview_named_in_the_next_sentence_relays_the_speakers_statements_around_it()
    {
        var found = En("Port director Nadia Kell said the cranes would be replaced next year. Kell made the comments in an interview with the Coastal Review. \"We cannot wait any longer,\" she added.");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal("the Coastal Review", f.RelayedBy?.Name));
    }

    [Fact]
    public void Speaking_to_a_broadcaster_in_its_own_sentence_relays()
    {
        var f = Assert.Single(En("Coach Ana Ruiz said the squad was exhausted. She was speaking to Radio Sur after the match."));
        Assert.Equal("Radio Sur", f.RelayedBy?.Name);
        Assert.Equal(ActorKind.MediaOutlet, f.RelayedBy!.Kind);
    }

    [Fact]
    public void Speaking_to_a_parliament_or_another_speaker_relays_nothing()
    {
        Assert.Null(Assert.Single(En("Coach Ana Ruiz said the squad was exhausted. She was speaking to the European Parliament on Monday.")).RelayedBy);
        var found = En("Mayor Rob Lane said the budget was balanced. Councillor Jo Fry said in an interview with the Valley Times that it was not.");
        Assert.Null(found[0].RelayedBy);
        Assert.Equal("the Valley Times", found[1].RelayedBy?.Name);
    }
}
