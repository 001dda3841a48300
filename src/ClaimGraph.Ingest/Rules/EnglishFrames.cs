using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// English frames the third held-out set showed missing: "Y quoted X as saying ...", "said in an interview
/// with Y", "called on X to ...", an opening phrase before the subject ("In a statement released on Sunday,
/// X denied"), the noun pair "a denial from X and confirmation from Y", and a quotation that ends its own
/// sentence ("... results." Election chief X acknowledged). Every look-ahead is bounded.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> OpeningWords =
    [
        "in", "on", "at", "during", "after", "before", "following", "speaking", "asked", "responding", "separately", "citing", "quoting",
        "meanwhile", "however", "earlier", "later", "late", "elsewhere", "instead", "still", "yet", "today", "yesterday",
    ];

    private int _pairs;

    private static readonly HashSet<string> StanceNouns = ["denial", "confirmation", "acknowledgement", "acknowledgment", "rejection", "admission"];

    private static readonly HashSet<string> InterviewNouns = ["interview", "conversation", "comments", "remarks", "statement", "statements", "briefing"];

    private static readonly HashSet<string> DayOrMonth =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>"In a statement released late on Sunday, X denied": the subject starts after the opening phrase's comma.</summary>
    private int AfterOpeningPhrase(int s0, int v)
    {
        if (s0 >= v || !OpeningWords.Contains(_t[s0].Fold))
            return s0;
        for (var k = s0 + 1; k < v && k - s0 <= 12; k++)
        {
            if (_t[k].Raw == "," && !doc.InSpeech(k))
                return k + 1 < v ? k + 1 : s0;
        }

        return s0;
    }

    /// <summary>"in an interview with Radio X" / "in a statement to the Y" right after the verb (n there): the outlet; n moves past it.</summary>
    private SpeakerPhrase? InterviewRelay(ref int n, int last)
    {
        var k = n;
        if (!(k < last && _t[k].Fold == "in"))
            return null;
        k++;
        if (k < last && _t[k].Fold is "a" or "an")
            k++;
        if (k < last && !InterviewNouns.Contains(_t[k].Fold) && k + 1 < last && InterviewNouns.Contains(_t[k + 1].Fold))
            k++;
        if (!(k + 2 < last && InterviewNouns.Contains(_t[k].Fold) && _t[k + 1].Fold is "with" or "to"))
            return null;
        var a0 = k + 2;
        var a1 = _t[a0].Fold == "the" ? a0 + 1 : a0;
        var capitals = a1;
        a1 = CapitalRunEnd(a1, Math.Min(last, a1 + 5));
        if (a1 == capitals || EnglishSpeakers.KindOf(_t[a1 - 1].Fold) is ActorKind.Government)
            return null;
        n = a1;
        return new SpeakerPhrase(Span(a0, a1), doc.Slice(_t[a0].Start, _t[a1 - 1].End), null, ActorKind.MediaOutlet);
    }

    /// <summary>"called on X to ...": a demand (n at "on"); not "called on Monday".</summary>
    private bool CallsOn(int v, int n, int last) =>
        _t[v].Fold == "called" && n + 1 < last && _t[n].Fold == "on" && _t[n + 1].IsWord && !DayOrMonth.Contains(_t[n + 1].Fold);

    /// <summary>"The agency Tanor quoted Defence Minister X as saying (that) ...": X speaks, the agency relays.</summary>
    private int Quoted(int v, int first, int last)
    {
        var asAt = -1;
        for (var k = v + 1; k < Math.Min(last, v + 16); k++)
        {
            if (_t[k].Fold == "as" && k + 1 < last && _t[k + 1].Fold == "saying")
            {
                asAt = k;
                break;
            }

            if (_t[k].Raw is "." or ";" || IsSpeechOpen(k))
                return -1;
        }

        if (asAt < 0)
            return -1;
        var s0 = v - 1;
        while (s0 >= first && v - s0 <= 12 && _t[s0].Raw is not (";" or ":" or ".") && _t[s0].Fold != "that" && !doc.InSpeech(s0))
            s0--;
        s0 = AfterOpeningPhrase(s0 + 1, v);
        var passive = v - 1 > s0 && _t[v - 1].Fold is "was" or "were" or "is" or "are" or "been";
        // "X was quoted (by Y) as saying": X speaks, Y (when named) relays.
        var relay = passive ? (_t[v + 1].Fold == "by" && asAt > v + 2 ? EnglishSpeakers.Build(doc, v + 2, asAt) : null) : EnglishSpeakers.Build(doc, s0, v);
        var speaker = passive ? EnglishSpeakers.Build(doc, s0, v - 1) : EnglishSpeakers.Build(doc, v + 1, asAt);
        if (relay is null && !passive || speaker is null)
            return -1;
        var n = asAt + 2;
        while (n < last && (_t[n].Fold == "that" || _t[n].Raw is ":" or ","))
            n++;
        if (n >= last)
            return -1;
        var (c0, c1, resume) = Content(n, last);
        if (c1 <= c0)
            return -1;
        var f = NewFinding(speaker, ContentStance(c0, c1) ?? Stance.Asserts, IsSpeechOpen(n) ? c0 : s0, c1, c0, c1);
        f.RelayedBy = relay is null ? null : relay with { Kind = ActorKind.MediaOutlet };
        _found.Add(f);
        return resume;
    }

    /// <summary>"a denial from X and confirmation from Y, CONTENT": two statements on one claim.</summary>
    private int NounPair(int i, int last)
    {
        if (!(i + 2 < last && _t[i + 1].Fold == "from"))
            return -1;
        var x0 = i + 2;
        var x1 = x0;
        while (x1 < last && x1 - x0 < 8 && _t[x1].IsWord && _t[x1].Fold != "and")
            x1++;
        if (x1 >= last || _t[x1].Fold != "and" || x1 == x0)
            return -1;
        var j = x1 + 1;
        if (j < last && _t[j].Fold is "a" or "an")
            j++;
        if (!(j + 2 < last && StanceNouns.Contains(_t[j].Fold) && _t[j + 1].Fold == "from"))
            return -1;
        var y0 = j + 2;
        var y1 = y0;
        while (y1 < last && y1 - y0 < 8 && _t[y1].IsWord)
            y1++;
        if (y1 == y0)
            return -1;
        var e0 = i > 0 && _t[i - 1].Fold is "a" or "an" ? i - 1 : i;
        var (c0, c1, resume) = y1 < last && _t[y1].Raw == "," ? Content(y1 + 1, last) : (y1, y1, y1);
        var content = c1 > c0 ? Span(c0, c1) : Span(e0, y1);
        var group = ++_pairs;
        foreach (var (noun, s0, s1, start) in new[] { (i, x0, x1, e0), (j, y0, y1, j > x1 + 1 ? x1 + 1 : j) })
        {
            var speaker = EnglishSpeakers.Build(doc, s0, s1);
            if (speaker is null)
                continue;
            _found.Add(new Finding
            {
                Speaker = speaker,
                Stance = _t[noun].Fold is "denial" or "rejection" ? Stance.Denies : Stance.Confirms,
                Evidence = Span(start, s1),
                Content = content,
                ClaimGroup = group,
            });
        }

        return Math.Max(resume, y1);
    }

    /// <summary>A quotation closing on its own full stop, followed by a capitalised word: a sentence ended inside the marks.</summary>
    private bool EndsSentence(QuotePair q, int last) =>
        q.Close > q.Open + 1 && _t[q.Close - 1].Raw is "." or "!" or "?" && q.Close + 1 < last && _t[q.Close + 1].IsCapitalised;

    /// <summary>"a senior official who asked not to be named": a subject whose relative clause only says it is unnamed.</summary>
    private bool IsUnnamedSubject(int s0, int v)
    {
        var who = s0;
        while (who < v && _t[who].Fold != "who")
            who++;
        return who < v && who > s0 && v - s0 <= 14 && EnglishSpeakers.IsAnonymityNote(_t, who, v);
    }

    /// <summary>"Speaking to the Evening Courier, X said" / "In remarks to state radio, X said": the outlet of the opening phrase.</summary>
    private SpeakerPhrase? OpeningRelay(int s0, int subject)
    {
        if (subject <= s0 + 2 || _t[subject - 1].Raw != ",")
            return null;
        var k = s0;
        if (_t[k].Fold == "speaking" && _t[k + 1].Fold is "to" or "with")
            k += 2;
        else if (InterviewRelay(ref k, subject) is { } relay)
            return relay;
        else
            return null;
        var a0 = k;
        var a1 = subject - 1;
        if (a1 <= a0 || a1 - a0 > 5 || !Enumerable.Range(a0, a1 - a0).Any(x => _t[x].IsCapitalised && x > s0 || EnglishSpeakers.KindOf(_t[x].Fold) is ActorKind.MediaOutlet))
            return null;
        return new SpeakerPhrase(Span(a0, a1), doc.Slice(_t[a0].Start, _t[a1 - 1].End), null, ActorKind.MediaOutlet);
    }

    /// <summary>"«...,» the spokesman told Radio Vera / state television." (n right after the verb): the outlet told.</summary>
    private SpeakerPhrase? ToldAudience(int v, int n, int last)
    {
        if (_t[v].Fold is not ("told" or "tells") || n != v + 1 || n >= last || !_t[n].IsWord || EnglishLexicon.NonOutletAudiences.Contains(_t[n].Fold) && _t[n].Fold != "the")
            return null;
        var a1 = n;
        while (a1 < last && a1 - n < 5 && _t[a1].IsWord && !(Adverbials.Contains(_t[a1].Fold) && !_t[a1].IsCapitalised))
            a1++;
        var named = Enumerable.Range(_t[n].Fold == "the" ? n + 1 : n, a1 - n).Any(x => x < a1 && _t[x].IsCapitalised);
        return a1 > n && (named || IsMediaAudience(n, a1))
            ? new SpeakerPhrase(Span(n, a1), doc.Slice(_t[n].Start, _t[a1 - 1].End), null, ActorKind.MediaOutlet)
            : null;
    }

    /// <summary>
    /// "..., the Ledger reported, citing three people familiar with the matter." (k at the comma): the people cited
    /// speak and the reporter relays; null when no short subject follows "citing".
    /// </summary>
    private (SpeakerPhrase Speaker, int End)? CitedSource(int k, int last)
    {
        if (!(k + 2 < last && _t[k].Raw == "," && _t[k + 1].Fold == "citing" && _t[k + 2].IsWord))
            return null;
        var e = k + 2;
        while (e < last && e - k < 12 && _t[e].Raw is not ("." or ";" or "\n" or "!" or "?" or ",") && !IsSpeechOpen(e))
            e++;
        if (e < last && _t[e].Raw is not ("." or ";" or "\n" or "!" or "?" or ","))
            return null;
        // "citing a report" or "citing data" names a document, not a speaker.
        if (EnglishLexicon.DataNouns.Contains(_t[e - 1].Fold) || _t[e - 1].Fold is "report" or "reports" or "documents" or "document" or "study"
            || EnglishCitedDocuments.HeadsCitation(_t, k + 2, e))
            return null;
        var cited = EnglishSpeakers.Build(doc, k + 2, e);
        return cited is null ? null : (cited, e);
    }

    /// <summary>"told state television" / "told the state broadcaster": an audience of two or three words ending in a media noun is an outlet, unnamed or not.</summary>
    private bool IsMediaAudience(int a0, int a1) =>
        a1 - a0 is >= 2 and <= 4 && _t[a1 - 1].Fold is "television" or "tv" or "radio" or "media" or "broadcaster" or "newspaper" or "channel" or "agency";

    /// <summary>"told the Evening Courier on Tuesday that": the audience ends before the adverbial.</summary>
    private int AudienceEnd(int a0, int a1)
    {
        for (var k = a0 + 1; k < a1; k++)
            if (Adverbials.Contains(_t[k].Fold) && !_t[k].IsCapitalised)
                return k;
        return a1;
    }

    /// <summary>"said, as quoted by the Y, that ..." (n at the first comma): the outlet; n moves past the second comma.</summary>
    private SpeakerPhrase? AsQuotedBy(ref int n, int last)
    {
        var k = n < last && _t[n].Raw == "," ? n + 1 : n;
        if (!(k + 3 < last && _t[k].Fold == "as" && _t[k + 1].Fold == "quoted" && _t[k + 2].Fold == "by"))
            return null;
        var a0 = k + 3;
        var a1 = a0;
        while (a1 < last && a1 - a0 < 6 && _t[a1].IsWord)
            a1++;
        if (a1 == a0 || a1 >= last || _t[a1].Raw != "," || !Enumerable.Range(a0, a1 - a0).Any(x => _t[x].IsCapitalised))
            return null;
        n = a1 + 1;
        return new SpeakerPhrase(Span(a0, a1), doc.Slice(_t[a0].Start, _t[a1 - 1].End), null, ActorKind.MediaOutlet);
    }

    // Checked on every word, so the hash look-up waits for a length and last letter that fit.
    private static bool IsStanceNoun(string fold) =>
        fold.Length is >= 6 and <= 15 && fold[^1] is 'n' or 'l' or 't' && StanceNouns.Contains(fold);
}
