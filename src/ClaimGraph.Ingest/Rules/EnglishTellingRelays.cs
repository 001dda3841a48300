using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: outlets named around a statement in other shapes than "told X": ", telling Channel 9 News that", "according
/// to two people who spoke to the Ledger", "an official, quoted by the Post, acknowledged", and the opening "In an
/// interview with X," carried over "... but conceded" to the second verb of the sentence. Also "would neither confirm nor
/// deny": no statement either way.
/// </summary>
internal sealed partial class EnglishRules
{
    /// <summary>After "telling" (n right after it): a capitalised or media audience up to "that"; n moves to "that".</summary>
    private SpeakerPhrase? TellingAudience(ref int n, int last)
    {
        var thatAt = -1;
        for (var x = n; x < Math.Min(last, n + 8); x++)
        {
            if (_t[x].Fold == "that")
            {
                thatAt = x;
                break;
            }

            if (!_t[x].IsWord)
                return null;
        }

        if (thatAt <= n)
            return null;
        var a1 = AudienceEnd(n, thatAt);
        var a0 = n;
        n = thatAt;
        if (EnglishLexicon.NonOutletAudiences.Contains(_t[a0].Fold) && _t[a0].Fold != "the"
            || !(Enumerable.Range(a0, a1 - a0).Any(x => _t[x].IsCapitalised) || IsMediaAudience(a0, a1))
            || Enumerable.Range(a0, a1 - a0).Any(x => EnglishSpeakers.KindOf(_t[x].Fold) is ActorKind.Government || EnglishLexicon.Titles.Contains(_t[x].Fold)))
            return null;
        return new SpeakerPhrase(Span(a0, a1), doc.Slice(_t[a0].Start, _t[a1 - 1].End), null, ActorKind.MediaOutlet);
    }

    /// <summary>"two people familiar with the plans who spoke to the Westbrook Ledger" (in [n0, n1)): the outlet spoken to.</summary>
    private SpeakerPhrase? WhoSpokeTo(int n0, int n1)
    {
        for (var k = n0 + 1; k + 2 < n1; k++)
        {
            if (_t[k].Fold != "who")
                continue;
            var a0 = _t[k + 1].Fold is "spoke" or "talked" && _t[k + 2].Fold is "to" or "with" ? k + 3 : _t[k + 1].Fold is "told" ? k + 2 : -1;
            if (a0 < 0 || a0 >= n1)
                return null;
            var a1 = AudienceEnd(a0, n1);
            if (!Enumerable.Range(a0, a1 - a0).Any(x => _t[x].IsCapitalised) && !IsMediaAudience(a0, a1)
                || Enumerable.Range(a0, a1 - a0).Any(x => EnglishSpeakers.KindOf(_t[x].Fold) is ActorKind.Government || EnglishLexicon.Titles.Contains(_t[x].Fold)))
                return null;
            return new SpeakerPhrase(Span(a0, a1), doc.Slice(_t[a0].Start, _t[a1 - 1].End), null, ActorKind.MediaOutlet);
        }

        return null;
    }

    /// <summary>", quoted by the Meridian Post," inside the subject [s0, v): the outlet.</summary>
    private SpeakerPhrase? QuotedByInSubject(int s0, int v)
    {
        for (var k = s0 + 1; k + 3 < v; k++)
        {
            if (_t[k].Raw != "," || _t[k + 1].Fold != "quoted" || _t[k + 2].Fold != "by")
                continue;
            var a0 = k + 3;
            var a1 = a0;
            while (a1 < v && a1 - a0 < 6 && _t[a1].IsWord)
                a1++;
            if (a1 == a0 || a1 >= v || _t[a1].Raw != "," || !Enumerable.Range(a0, a1 - a0).Any(x => _t[x].IsCapitalised))
                return null;
            return new SpeakerPhrase(Span(a0, a1), doc.Slice(_t[a0].Start, _t[a1 - 1].End), null, ActorKind.MediaOutlet);
        }

        return null;
    }

    /// <summary>"In an interview with TechWire, X declined ... but conceded": the sentence's opening relay, for a second verb.</summary>
    private SpeakerPhrase? SentenceOpeningRelay(int first, int v)
    {
        var subject = AfterOpeningPhrase(first, v);
        return subject > first ? OpeningRelay(first, subject) : null;
    }

    // "would neither confirm nor deny": v at "confirm" or "deny" after "neither" / "nor".
    private bool NeitherNor(int v, int last) =>
        v > 0 && _t[v - 1].Fold is "neither" or "nor" || v + 2 < last && _t[v + 1].Fold == "nor" && _t[v + 2].Fold is "confirm" or "deny" or "denied" or "confirmed";
}
