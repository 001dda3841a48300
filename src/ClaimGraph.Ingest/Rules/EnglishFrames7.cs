using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 7 English frames: "his lawyer, X, who said ..." (the relative's antecedent speaks), "X reported, citing Y, that ..."
/// (Y speaks, X relays), "called the detentions «...»" / "described the vote as ..." (a naming is asserted),
/// "declared a state of emergency" (an act, not a statement), «...,» said X, «...» (both parts are X's),
/// "a poll by X found ..." (X's finding) and "responding to reports that ..." (the reports assert, and the reply denies).
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> DocumentNouns =
        ["poll", "survey", "study", "report", "analysis", "audit", "review", "research", "investigation", "inquiry", "assessment", "census", "estimate", "projection", "forecast"];

    private static readonly HashSet<string> FindingVerbs = ["found", "finds", "showed", "shows", "suggested", "suggests", "concluded", "concludes", "indicated", "indicates", "revealed"];

    // Every word that can start a rule in Scan: one look-up for the words that cannot.
    private static readonly HashSet<string> Triggers =
        [.. EnglishLexicon.ReportingWords, .. EnglishGatedVerbs.AllWords, .. FindingVerbs, "according", "quoted", "reports"];

    // The first and last letters of every trigger: most words fail this table before any hashing.
    private static readonly bool[] TriggerEnds = BuildTriggerEnds();

    private static bool[] BuildTriggerEnds()
    {
        var table = new bool[26 * 26];
        foreach (var w in Triggers)
            table[Letter(w[0]) * 26 + Letter(w[^1])] = true;
        return table;
    }

    private static int Letter(char c) => c is >= 'a' and <= 'z' ? c - 'a' : 0;

    private static bool MayTrigger(string fold) =>
        fold.Length >= 3 && fold[0] is >= 'a' and <= 'z' && fold[^1] is >= 'a' and <= 'z' && TriggerEnds[Letter(fold[0]) * 26 + Letter(fold[^1])] && Triggers.Contains(fold);

    private static bool IsFindingVerb(string fold) => fold.Length is >= 5 and <= 9 && FindingVerbs.Contains(fold);

    /// <summary>", his lawyer, Ruth Ames, who said": the words between the commas before "who" speak.</summary>
    private SpeakerPhrase? RelativeSpeaker(int v, int first)
    {
        var who = v - 1;
        if (who > first && _t[who].Fold is "also" or "later")
            who--;
        if (who - 2 < first || _t[who].Fold != "who" || _t[who - 1].Raw != ",")
            return null;
        var end = who - 1;
        var start = end - 1;
        while (start > first && end - start < 8 && _t[start - 1].Raw is not ("," or ";" or ".") && EnglishLexicon.Lookup(_t[start - 1].Fold) is null)
            start--;
        // "his lawyer, Ruth Ames, who": take the role before the name too.
        if (start - 1 > first && _t[start - 1].Raw == ",")
        {
            var r0 = start - 2;
            while (r0 > first && start - r0 < 6 && _t[r0 - 1].IsWord && EnglishLexicon.Lookup(_t[r0 - 1].Fold) is null && _t[r0 - 1].Fold is not ("through" or "by" or "with" or "to" or "from"))
                r0--;
            if (_t[r0].Fold is "through" or "by" or "with" or "to" or "from")
                r0++;
            var withRole = EnglishSpeakers.Build(doc, r0, end);
            if (withRole is { Kind: ActorKind.Person } && withRole.Role is not null)
                return withRole;
        }

        return EnglishSpeakers.Build(doc, start, end);
    }

    /// <summary>"The Business Daily reported, citing officials in Estvia, that ..." (n right after the verb): the cited speak, the subject relays.</summary>
    private SpeakerPhrase? CitingAfterVerb(ref SpeakerPhrase? speaker, ref int n, int last)
    {
        if (speaker is null || CitedSource(n, last) is not { } cited || cited.End >= last || _t[cited.End].Raw != ",")
            return null;
        var relay = speaker with { Kind = ActorKind.MediaOutlet };
        speaker = cited.Speaker;
        n = cited.End + 1;
        return relay;
    }

    /// <summary>
    /// Round 8: "The Daily Post reported that the board had met, citing two people close to the club.": the people cited
    /// at the end of the reported words speak, the subject relays (looks back at most 14 tokens from the end).
    /// </summary>
    private (SpeakerPhrase Speaker, int Comma)? TrailingCitation(int c0, int c1, int last)
    {
        // The reported words stop at the comma or run over it.
        for (var k = Math.Min(c1, last - 2); k > c0 && c1 - k <= 14; k--)
        {
            if (_t[k].Raw != "," || _t[k + 1].Fold != "citing")
                continue;
            return CitedSource(k, last) is { } cited && cited.End >= c1 ? (cited.Speaker, Math.Min(k, c1)) : null;
        }

        return null;
    }

    /// <summary>"called the detentions «a clear violation»" / "described the vote as a farce": asserted (a denial was handled before).</summary>
    private int NamingFrame(int v, int n, int last, SpeakerPhrase? speaker, bool continues, int resume)
    {
        if (speaker is null && !continues)
            return resume;
        var described = _t[v].Fold is "described" or "describes";
        for (var k = n; k < last && k - n <= 7; k++)
        {
            if (IsSpeechOpen(k) && doc.QuoteOpeningAt(k) is { } q && !described && k > n)
            {
                var (c0, c1) = (q.Open + 1, q.Close);
                while (c1 > c0 && _t[c1 - 1].Raw is "," or ".")
                    c1--;
                AddFinding(NewFinding(speaker, Stance.Asserts, c0, c1, c0, c1), continues);
                return q.Close + 1;
            }

            // Round 11: "described the sell-off as «an overreaction»": the quotation is what is asserted.
            if (described && _t[k].Fold == "as" && k > n && k + 1 < last && doc.QuoteOpeningAt(k + 1) is { } aq)
            {
                var (a0, a1) = (aq.Open + 1, aq.Close);
                while (a1 > a0 && _t[a1 - 1].Raw is "," or ".")
                    a1--;
                AddFinding(NewFinding(speaker, Stance.Asserts, a0, a1, a0, a1), continues);
                return aq.Close + 1;
            }

            if (described && _t[k].Fold == "as" && k > n && !ClauseAfter(k + 1, last))
            {
                var (c0, c1, end) = Content(n, last);
                if (c1 <= k + 1)
                    return resume;
                AddFinding(NewFinding(speaker, Stance.Asserts, v, c1, c0, c1), continues);
                return end;
            }

            // Round 11: a hyphenated word in the object ("described the sell-off as ...").
            if (!_t[k].IsWord && !(_t[k].Raw == "-" && k > n && _t[k - 1].End == _t[k].Start))
                break;
        }

        return resume;
    }

    /// <summary>"declared a state of emergency / war / victory": an act, not a statement.</summary>
    private bool DeclaresAnAct(int v, int last) =>
        _t[v].Fold is "declared" or "declares" && v + 1 < last
        && _t[v + 1].Fold is "a" or "an" or "war" or "victory" or "independence" or "bankruptcy" or "martial" or "itself" or "himself" or "herself" or "emergency";

    /// <summary>«...,» said X, «...»: the quotation the speaker's words break off (n at its opening mark); its end, or null.</summary>
    /// <summary>
    /// Round 8: the quotation's second half after the speaker and a few words more ("...," Governor X told reporters after
    /// the vote, "and any easing ..."): the opening of that half (at most eight plain words after <paramref name="n"/>), or -1.
    /// </summary>
    private int SecondPartAfterWords(int n)
    {
        for (var k = n; k < _t.Count && k - n <= 8; k++)
        {
            if (IsSpeechOpen(k))
                return k > n && _t[k - 1].Raw == "," && SecondPart(k) is not null ? k : -1;
            if (!_t[k].IsWord && _t[k].Raw != "," || _t[k].IsWord && (_t[k].Fold == "that" || EnglishLexicon.Lookup(_t[k].Fold) is not null))
                return -1;
        }

        return -1;
    }

    private int? SecondPart(int n) =>
        n < _t.Count && n > 0 && _t[n - 1].Raw == "," && IsSpeechOpen(n) && doc.QuoteOpeningAt(n) is { } q ? q.Close + 1 : null;

    /// <summary>"A recent poll by the Hallam Institute found 58 percent ...": the institute finds; -1 when the subject is no document by someone.</summary>
    private int DocumentFinding(int i, int first, int last)
    {
        var by = -1;
        for (var k = i - 1; k >= first && i - k <= 10; k--)
        {
            if (_t[k].Fold is "by" or "from" or "for" && k > first && DocumentNouns.Contains(_t[k - 1].Fold))
            {
                by = k;
                break;
            }

            if (!_t[k].IsWord)
                return -1;
        }

        if (by < 0)
            return -1;
        var end = i;
        for (var k = by + 1; k < i; k++)
        {
            if (TimeWords.Contains(_t[k].Fold) && !_t[k].IsCapitalised || _t[k].Fold is "published" or "released" or "conducted" or "commissioned")
            {
                end = k;
                break;
            }
        }

        var speaker = EnglishSpeakers.Build(doc, by + 1, end);
        if (speaker is null)
            return -1;
        var n = i + 1;
        while (n < last && _t[n].Fold == "that")
            n++;
        var (c0, c1, resume) = Content(n, last);
        if (c1 <= c0)
            return -1;
        AddFinding(NewFinding(speaker, ContentStance(c0, c1) ?? Stance.Asserts, c0, c1, c0, c1), false);
        return resume;
    }

    /// <summary>
    /// "..., responding to reports that the company would shut the factory": the reports assert it, and negated words of
    /// this sentence before them deny it.
    /// </summary>
    private int ReportsThat(int i, int first, int last)
    {
        var lead = _t[i - 1].Fold;
        if (!(lead is "to" && i - 2 >= first && _t[i - 2].Fold is "responding" or "reacting" or "replying" or "response"
            || lead is "amid" or "following" or "after" or "despite" or "denied" or "dismissed" or "rejected"))
            return -1;
        var (c0, c1, resume) = Content(i + 2, last);
        if (c1 <= c0)
            return -1;
        var phrase = Span(i, i + 1);
        var reply = _found.LastOrDefault(f => f.Evidence.Start >= _t[first].Start);
        if (lead is "denied" or "dismissed" or "rejected")
            return -1;
        // Narration: the reports continue no one, so "He added" after them is still the replying speaker's.
        _found.Add(new Finding
        {
            Speaker = new SpeakerPhrase(phrase, phrase.Text, null, ActorKind.AnonymousSource),
            Stance = Stance.Asserts,
            Evidence = Span(c0, c1),
            Content = Span(c0, c1),
            Narration = true,
        });
        if (reply is { Stance: Stance.Asserts } && lead is "to")
        {
            var (r0, r1) = (IndexAt(reply.Content.Start), IndexAt(reply.Content.End - 1) + 1);
            if (FirstNegation(r0, r1) >= 0)
                reply.Stance = Stance.Denies;
        }

        return resume;
    }

    /// <summary>«We are ready,» said X: a quotation too short to count as speech elsewhere, opening the sentence right before the verb.</summary>
    private static bool IsShortQuoteBefore(QuotePair q, int k, int v, int first) =>
        k == v - 1 && q.Close - q.Open > 2 && q.Open >= first - 1 && q.Open <= first;

    /// <summary>"said the election commission in a statement": the name ends before "in a statement" / "on Sunday".</summary>
    private bool EndsSpeakerName(int e, int last) =>
        e + 1 < last && _t[e].Fold is "in" or "on" or "during" or "after" or "late" or "earlier"
        && (_t[e + 1].Fold is "a" or "an" or "his" or "her" or "its" or "their" || DayOrMonth.Contains(_t[e + 1].Fold));

    /// <summary>"A report by the state broadcaster said ...": the author of the document speaks.</summary>
    private SpeakerPhrase? DocumentAuthor(int s0, int v)
    {
        for (var k = s0; k < v - 1 && k - s0 <= 4; k++)
        {
            if (DocumentNouns.Contains(_t[k].Fold) && _t[k + 1].Fold is "by" or "from" && k + 2 < v)
                return EnglishSpeakers.Build(doc, k + 2, v);
        }

        return null;
    }

    /// <summary>
    /// "The border, officials said, remains closed.": a speaker set off by commas inside the reported sentence. Returns the
    /// index after the sentence, or -1 when the verb is not such an aside.
    /// </summary>
    private int Parenthetical(int s0, int v, int last)
    {
        if (v + 1 >= last || _t[v + 1].Raw != ",")
            return -1;
        var c = v - 1;
        while (c > s0 && v - c <= 6 && _t[c].Raw != "," && _t[c].IsWord)
            c--;
        if (c <= s0 || _t[c].Raw != "," || c == v - 1 || !Enumerable.Range(s0, c - s0).Any(x => _t[x].IsWord))
            return -1;
        var speaker = EnglishSpeakers.Build(doc, c + 1, v);
        if (speaker is null || Enumerable.Range(c + 1, v - c - 1).All(x => EnglishLexicon.IsPronoun(_t[x].Fold)) && _found.Count == 0)
            return -1;
        var (_, c1, resume) = Content(v + 2, last);
        if (c1 <= v + 2)
            return -1;
        var pronoun = Enumerable.Range(c + 1, v - c - 1).All(x => EnglishLexicon.IsPronoun(_t[x].Fold));
        var f = NewFinding(pronoun ? null : speaker, ContentStance(s0, c1) ?? Stance.Asserts, s0, c1, s0, c1);
        _found.Add(f);
        return resume;
    }

    // "described scenes of panic as the building collapsed": "as" opens a clause (a pronoun, or a verb within a few words), not a name.
    private bool ClauseAfter(int k, int last)
    {
        if (k < last && EnglishLexicon.IsPronoun(_t[k].Fold))
            return true;
        for (var m = k; m < last && m < k + 5; m++)
        {
            var fold = _t[m].Fold;
            if (fold is "was" or "were" or "is" or "are" or "had" or "has" || !_t[m].IsCapitalised && fold.Length > 4 && fold.EndsWith("ed", StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private static readonly HashSet<string> StatementNouns =
    [
        "statement", "interview", "post", "letter", "speech", "address", "briefing", "message", "tweet", "video", "broadcast",
        "email", "filing", "note", "communique", "release", "report", "posting",
    ];

    /// <summary>"said in a statement the ban would be appealed" (n at "in"): the index after the note, or n.</summary>
    private int SkipStatementNote(int n, int last)
    {
        if (!(n + 2 < last && _t[n].Fold == "in" && _t[n + 1].Fold is "a" or "an" or "its" or "his" or "her" or "their"))
            return n;
        for (var k = n + 2; k < last && k <= n + 4; k++)
        {
            if (StatementNouns.Contains(_t[k].Fold))
                return k + 1 < last && _t[k + 1].IsWord && _t[k + 1].Fold is not ("with" or "to" or "on" or "that") ? k + 1 : n;
            if (!_t[k].IsWord)
                return n;
        }

        return n;
    }
}
