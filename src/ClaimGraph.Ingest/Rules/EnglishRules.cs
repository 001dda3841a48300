using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// English reported speech: subject + reporting verb (+ audience) + content, quotes with the speaker
/// before or after them ("...," said X / "...," X said in a statement), "according to X", participles
/// (", adding that"), "a claim X denied", and unnamed sources. Every loop moves forward.
/// </summary>
internal sealed partial class EnglishRules(ArticleText doc)
{
    private static readonly HashSet<string> ClaimNouns = ["claim", "allegation", "assertion", "account", "charge", "suggestion", "accusation"];
    private static readonly HashSet<string> Adverbials = ["on", "in", "at", "during", "late", "earlier", "yesterday", "today", "tonight", "last", "this", "later", "publicly", "repeatedly", "also", "again", "separately", "previously", "early", "after", "following", "before", "via"];
    private readonly List<Token> _t = doc.Tokens;
    private readonly List<Finding> _found = [];

    // The outlet of "X, citing Y, reported ...", waiting for the statement it relays.
    private SpeakerPhrase? _pendingRelay;

    public List<Finding> Run()
    {
        foreach (var s in doc.Sentences)
            Scan(s.First, s.Last);
        InterviewFrames();
        AskedAnswers();
        SplitContents();
        ResolveDescriptions();
        ResolveBodyDescriptions();
        ResolvePersonDescriptions();
        ContextStances();
        DeniedEarlierClaims();
        return _found;
    }

    private void Scan(int first, int last)
    {
        var i = first;
        while (i < last)
        {
            var t = _t[i];
            if (!t.IsWord || !MayTrigger(t.Fold) && !IsStanceNoun(t.Fold) || doc.InSpeech(i) || AdjectivalParticiple(i, first))
            {
                i++;
                continue;
            }

            var next = t.Fold == "according" && i + 1 < last && _t[i + 1].Fold == "to" ? According(i, first, last)
                : t.Fold is "reported" or "quoted" && i > first && _t[i - 1].Fold == "as" && i + 1 < last && _t[i + 1].Fold == "by" ? According(i - 1, first, last, 3)
                : t.Fold == "quoted" ? Quoted(i, first, last)
                : IsFindingVerb(t.Fold) && DocumentFinding(i, first, last) is var found and >= 0 ? found
                : t.Fold == "reports" && i + 1 < last && _t[i + 1].Fold == "that" && i > first ? ReportsThat(i, first, last)
                : IsStanceNoun(t.Fold) ? NounPair(i, last)
                : t.Fold == "accused" && PassiveAccusation(i, first, last) is var accusedBy and >= 0 ? accusedBy
                : (EnglishLexicon.Lookup(t.Fold) ?? EnglishGatedVerbs.Lookup(_t, i, last)) is { } r
                    ? (r.Shape == VerbShape.Participle && !Progressive(i, first) ? Participle(i, first, last, r) : Clause(i, first, last, r with { Shape = VerbShape.Verb }))
                : -1;
            i = next > i ? next : i + 1;
        }
    }

    private int Clause(int v, int first, int last, Reporting r)
    {
        // Walk back to the start of this clause to find the subject or a quotation before the verb.
        var k = v - 1;
        QuotePair? quoteBefore = null;
        var claimConstruction = -1;
        var conjunction = false;
        if (RejectsSomethingElse(v, last) || IsPassive(v, first) || DeclaresAnAct(v, last) || NeitherNor(v, last) || NegatedReport(v, first))
            return -1;
        if (RelativeBeforeVerb(v, first) is var relativeComma and >= 0)
            k = relativeComma - 1;
        while (k >= first)
        {
            var t = _t[k];
            // Round 10: "X, the group that brought the suit, called ...": a relative clause inside an apposition is passed over.
            if (t.Fold is "that" or "which" or "who" && AppositiveRelative(k, first, v) is var open and >= 0)
            {
                k = open - 1;
                continue;
            }

            if (t.Raw is ";" or ":" || t.IsWord && (t.Fold == "that" || EnglishLexicon.Lookup(t.Fold) is not null && t.Fold != "called" && !PostedDocument(k, first)))
                break;
            // ", and the mayor said": a comma before "and" starts a new clause with its own subject.
            if (t.Fold is "but" or "while" or "whereas" or "although" || t.Fold == "and" && (k == v - 1 || k == v - 2 && _t[v - 1].Fold == "also" || k > first && _t[k - 1].Raw == ","))
            {
                conjunction = true;
                break;
            }

            // Round 9: "... were thrown into doubt last night after the council's planning chief admitted": a subordinate
            // clause inside the sentence has its own subject.
            if (SubordinateStart(k, first, v))
                break;

            if (doc.QuoteAt(k) is { } q && (ArticleText.IsSpeech(q) || IsShortQuoteBefore(q, k, v, first)) && q.Close == k)
            {
                if (!EndsSentence(q, last) || k == v - 1)
                    quoteBefore = q;
                break;
            }

            if (t.Raw == "," && k + 2 < v && _t[k + 1].Fold is "a" or "an" && ClaimNouns.Contains(_t[k + 2].Fold))
            {
                claimConstruction = k + 1;
                break;
            }

            if (t.Raw == "," && k > first && doc.QuoteAt(k - 1) is { } q2 && ArticleText.IsSpeech(q2) && q2.Close == k - 1)
            {
                quoteBefore = q2;
                break;
            }

            k--;
        }

        var s0 = k + 1;
        if (claimConstruction >= 0)
        {
            s0 = claimConstruction + 2;
            while (s0 < v && _t[s0].Fold is "that" or "which")
                s0++;
        }

        if (quoteBefore is null && claimConstruction < 0 && r.Stance is not null && Inverted(s0, v, last, r) is var inverted and >= 0)
            return inverted;

        SpeakerPhrase? openingRelay = null;
        SpeakerPhrase? openingCited = null;
        if (quoteBefore is null && claimConstruction < 0 && Parenthetical(s0, v, last) is var aside and >= 0)
            return aside;
        if (quoteBefore is null && claimConstruction < 0 && PassiveWithAgent(s0, v, last, r) is var passive and >= 0)
            return passive;
        if (quoteBefore is null && claimConstruction < 0 && AfterOpeningPhrase(s0, v) is var subject && subject > s0)
        {
            openingCited = _t[s0].Fold is "citing" or "quoting" ? EnglishSpeakers.Build(doc, s0 + 1, subject - 1) : null;
            (openingRelay, s0) = (OpeningRelay(s0, subject), subject);
        }

        SpeakerPhrase? speaker = null;
        var continues = false;
        var words = Enumerable.Range(s0, v - s0).Where(x => _t[x].IsWord).ToList();
        if (words.Count == 0 && conjunction)
            continues = true;
        else if (words.Count > 0 && words.All(x => _t[x].Fold is "and" or "but" or "while" or "also" or "then" || EnglishLexicon.IsPronoun(_t[x].Fold)))
            (continues, speaker) = PersonForPronoun(words, v) is { } person ? (false, person) : (true, null);
        else if (words.Count > 0)
            speaker = DocumentAuthor(s0, v) ?? SubjectWithCitation(s0, v);
        // "Citing two officials, the broadcaster said ...": the officials speak, the broadcaster relays.
        if (openingCited is not null && speaker is not null)
            (openingRelay, speaker) = (speaker with { Kind = ActorKind.MediaOutlet }, openingCited);
        // "Governor X declared a state of emergency and called on ...": the subject of the act, when nothing was said before in the sentence.
        if (continues && conjunction && words.Count == 0 && SentenceSubject(first, v) is { } actor)
            (speaker, continues) = (actor, false);
        if (quoteBefore is null && RelativeSpeaker(v, first) is { } antecedent)
            (speaker, continues, s0) = (antecedent, false, v);

        var n = v + 1;
        if (words.Count == 0 && quoteBefore is not null)
        {
            // "...," said Maria Okafor, a spokeswoman for the port authority.
            var e = n;
            // Round 8: "..., who urged parents to ..." after the speaker's name is the speaker's next statement.
            while (e < last && _t[e].Raw is not ("." or ";") && !(_t[e].Raw == "\"" && doc.QuoteOpeningAt(e) is not null) && !EndsSpeakerName(e, last)
                && !(_t[e].Raw == "," && e + 1 < last && _t[e + 1].Fold == "who" && IsClauseBreak(e, last)))
                e++;
            speaker = EnglishSpeakers.Build(doc, n, e);
            n = e;
            if (e < last && _t[e].Raw == "," && e + 1 < last && _t[e + 1].Fold == "who")
            {
                var g = NewFinding(speaker, ContentStance(quoteBefore.Open + 1, quoteBefore.Close) ?? DemandOr(r.Stance ?? Stance.Asserts, quoteBefore.Open + 1, quoteBefore.Close), quoteBefore.Open + 1, TrimComma(quoteBefore.Open + 1, quoteBefore.Close), quoteBefore.Open + 1, TrimComma(quoteBefore.Open + 1, quoteBefore.Close));
                AddFinding(g, continues);
                return e + 1;
            }
        }

        if (speaker is null && !continues && words.Count == 0 && quoteBefore is null)
            return -1;

        if (r.Stance is null && !(n < last && _t[n].Fold == "for") && !CallsOn(v, n, last) && quoteBefore is null)
        {
            // "called X ..." or "described X as ...": a statement only when the words deny.
            var (d0, d1, dr) = Content(n, last);
            if (ContentStance(d0, d1) != Stance.Denies)
                return NamingFrame(v, n, last, speaker, continues, dr);
        }

        var stance = r.Stance ?? Stance.Asserts;
        if (n < last && _t[v].Fold == "called" && (_t[n].Fold == "for" || CallsOn(v, n, last)))
        {
            stance = Stance.Demands;
            n++;
        }
        else if (n < last && EnglishGatedVerbs.IsParticle(_t[v].Fold, _t[n].Fold))
        {
            n++;
        }
        else if (n + 1 < last && _t[v].Fold is "insisted" or "insists" or "insisting" && _t[n].Fold == "on" && !DayOrMonth.Contains(_t[n + 1].Fold))
        {
            // "insisted on a recount": a demand.
            stance = Stance.Demands;
            n++;
        }
        else if (quoteBefore is null && _t[v].Fold is "told" or "tells" or "warned" or "warns" && ToldToAct(n, last))
        {
            // Round 10: "told residents to stay indoors", "warned fans to stay away": an instruction.
            stance = Stance.Demands;
        }
        else if (n < last && r.Stance == Stance.Demands && _t[n].Fold == "to" && _t[v].Fold.StartsWith("appeal", StringComparison.Ordinal))
        {
            // "appealed to residents to conserve water": the audience asked is the content's subject.
            n++;
        }

        SpeakerPhrase? relay = null;
        if (quoteBefore is null)
        {
            relay = CitingAfterVerb(ref speaker, ref n, last) ?? InterviewRelay(ref n, last) ?? AsQuotedBy(ref n, last) ?? openingRelay
                ?? (conjunction && words.Count == 0 ? SentenceOpeningRelay(first, v) : null);
            n = SkipStatementNote(SkipAdverbials(n, last), last);
            relay ??= SaidToOutlet(ref n, last);
            if (_t[v].Fold is "told" or "tells" && n < last)
            {
                var a0 = n;
                var thatAt = -1;
                for (var x = n; x < Math.Min(last, n + 7); x++)
                    if (_t[x].Fold == "that") { thatAt = x; break; }
                var a1 = thatAt >= 0 ? AudienceEnd(a0, thatAt) : (_t[n].Fold == "the" ? CapitalRunEnd(n + 1, last) : n + 1);
                if ((Enumerable.Range(a0, a1 - a0).Any(x => _t[x].IsCapitalised) || IsMediaAudience(a0, a1)) && !EnglishLexicon.NonOutletAudiences.Contains(_t[a0].Fold)
                    || _t[a0].Fold == "the" && a1 > a0 + 1 && (_t[a0 + 1].IsCapitalised || IsMediaAudience(a0, a1)))
                    relay = new SpeakerPhrase(Span(a0, a1), doc.Slice(_t[a0].Start, _t[a1 - 1].End), null, ActorKind.MediaOutlet);
                n = a1;
                n = SkipAdverbials(n, last);
            }

            while (n < last && (_t[n].Fold == "that" || _t[n].Raw is ":" or ","))
                n++;
        }

        int c0, c1, resume;
        if (claimConstruction >= 0)
        {
            var prev = _found.LastOrDefault();
            (c0, c1) = prev is not null ? (IndexAt(prev.Content.Start), IndexAt(prev.Content.End - 1) + 1) : (first, claimConstruction - 1);
            // Round 10: the evidence of ", a charge X rejected" runs from the charge itself, which is what X denies, to the verb.
            var f = NewFinding(speaker, stance, c0, v + 1, c0, c1);
            _found.Add(f);
            return v + 1;
        }

        if (quoteBefore is not null)
        {
            var m = n;
            relay ??= InterviewRelay(ref m, last) ?? ToldAudience(v, n, last);
            (c0, c1) = (quoteBefore.Open + 1, quoteBefore.Close);
            while (c1 > c0 && _t[c1 - 1].Raw is "," or "،")
                c1--;
            var (_, _, after) = Content(n, last);
            resume = Math.Max(after, n);
            var f = NewFinding(speaker, ContentStance(c0, c1) ?? DemandOr(stance, c0, c1), c0, c1, c0, c1);
            f.RelayedBy = relay;
            AddFinding(f, continues);
            var open = SecondPart(n) is not null ? n : SecondPartAfterWords(n);
            if (open >= 0 && SecondPart(open) is { } rest)
            {
                var (r0, r1, _) = Content(open, last);
                var g = NewFinding(null, ContentStance(r0, r1) ?? DemandOr(stance, r0, r1), r0, r1, r0, r1);
                g.RelayedBy = relay;
                _found.Add(g);
                resume = Math.Max(resume, rest);
            }

            return resume;
        }

        if (n >= last)
            return -1;
        (c0, c1, resume) = Content(n, last);
        if (c1 <= c0)
            return -1;
        if (speaker is not null && relay is null && TrailingCitation(c0, c1, last) is { } trailing)
            (relay, speaker, c1) = (speaker with { Kind = ActorKind.MediaOutlet }, trailing.Speaker, trailing.Comma);
        var finding = NewFinding(speaker, stance == Stance.Asserts || r.Stance is null ? ContentStance(c0, c1) ?? DemandOr(stance, c0, c1) : stance,
            IsSpeechOpen(n) ? c0 : s0, c1, c0, c1);
        finding.RelayedBy = relay;
        AddFinding(finding, continues);
        return resume;
    }

    private int TrimComma(int c0, int c1)
    {
        while (c1 > c0 && _t[c1 - 1].Raw is "," or "،")
            c1--;
        return c1;
    }

    /// <summary>
    /// The reported words first, unquoted, and the speaker after them: "The bridge will stay closed, the agency said
    /// on Tuesday." / "Repairs cost four million, said Pieter Voss." / "..., he said." Only when nothing but
    /// adverbials (or, after "told", the audience) follows the verb, so "X, a spokesman, said that ..." is not one.
    /// </summary>
    private int Inverted(int s0, int v, int last, Reporting r)
    {
        var cm = -1;
        for (var k = v - 1; k > s0; k--)
        {
            if (_t[k].Raw == "," && !doc.InSpeech(k))
            {
                cm = k;
                break;
            }
        }

        if (cm < 0 || Enumerable.Range(s0, cm - s0).Count(x => _t[x].IsWord) < 3)
            return -1;

        SpeakerPhrase? speaker;
        SpeakerPhrase? relay = null;
        var continues = false;
        int end;
        if (cm < v - 1)
        {
            // "..., the agency said [on Tuesday | in a statement | told reporters]."
            var subject = Enumerable.Range(cm + 1, v - cm - 1).Where(x => _t[x].IsWord).ToList();
            if (subject.Count == 0 || (subject.Count > 8 || subject.Any(x => _t[x].Fold is "that" or "which" or "who")) && !IsUnnamedSubject(cm + 1, v))
                return -1;
            end = TailEnd(v + 1, last);
            if (end < 0)
                return -1;
            var a0 = v + 1;
            if (_t[v].Fold is "told" or "tells" && a0 < end && _t[a0].IsWord && !EnglishLexicon.NonOutletAudiences.Contains(_t[a0].Fold)
                || _t[v].Fold is "told" or "tells" && a0 + 1 < end && _t[a0].Fold == "the")
            {
                var a1 = a0;
                while (a1 < end && _t[a1].IsWord && !Adverbials.Contains(_t[a1].Fold) || a1 == a0)
                    a1++;
                if (Enumerable.Range(a0, a1 - a0).Any(x => _t[x].IsCapitalised) || IsMediaAudience(a0, a1))
                    relay = new SpeakerPhrase(Span(a0, a1), doc.Slice(_t[a0].Start, _t[a1 - 1].End), null, ActorKind.MediaOutlet);
            }

            continues = subject.All(x => EnglishLexicon.IsPronoun(_t[x].Fold));
            speaker = continues ? null : EnglishSpeakers.Build(doc, cm + 1, v);
            if (speaker is null && !continues)
                return -1;
        }
        else
        {
            // "..., said Pieter Voss, the agency's chief engineer."
            end = v + 1;
            while (end < last && _t[end].Raw is not ("." or ";" or "\n" or "!" or "?") && !IsSpeechOpen(end))
                end++;
            // Round 8: after "accused" / "blamed" comes the one accused, never the speaker.
            // Round 11: "X, his spokesman, said the company «closed ...»": a quotation straight after the words is their
            // predicate, so those words are the content's subject, not an inverted speaker.
            if (end == v + 1 || end < last && IsSpeechOpen(end) && _t[end - 1].IsWord || end - v > 14 || !(_t[v + 1].IsCapitalised || _t[v + 1].Fold is "the" or "a" or "an") || EnglishGatedVerbs.IsAccusing(_t[v].Fold)
                || Enumerable.Range(v + 1, end - v - 1).Any(x => _t[x].Fold is "that" or "had" or "has" or "have" or "was" or "were" or "is" or "are"
                    or "would" or "will" or "could" or "should" or "can" or "may" or "might" or "did" || EnglishLexicon.Lookup(_t[x].Fold) is { Shape: VerbShape.Verb })
                || NoteBefore(s0, cm))
                return -1;
            speaker = EnglishSpeakers.Build(doc, v + 1, end);
            if (speaker is null)
                return -1;
        }

        if (speaker is not null && CitedSource(end, last) is { } cited)
            (relay, speaker, end) = (speaker with { Kind = ActorKind.MediaOutlet }, cited.Speaker, cited.End);
        var stance = ContentStance(s0, cm) ?? DemandOr(r.Stance ?? Stance.Asserts, s0, cm);
        var f = NewFinding(speaker, stance, s0, Math.Max(v + 1, end), s0, cm);
        f.RelayedBy = relay;
        AddFinding(f, continues);
        return end;
    }

    // "A diplomat, speaking on condition of anonymity, said ...": the comma closes a note on the subject, not reported words.
    private bool NoteBefore(int s0, int cm)
    {
        var k = cm - 1;
        while (k > s0 && _t[k].Raw != ",")
            k--;
        if (k <= s0)
            return false;
        var lead = _t[k + 1].Fold;
        return lead is "who" or "which" or "a" or "an" or "the" || lead.EndsWith("ing", StringComparison.Ordinal);
    }

    // After "said": nothing, or a few adverbial or audience words, up to the end of the sentence; -1 when words follow that could be content.
    private int TailEnd(int k, int last)
    {
        var end = k;
        var words = 0;
        while (end < last && _t[end].Raw is not ("." or ";" or "\n" or "!" or "?"))
        {
            if (IsSpeechOpen(end) || _t[end].Fold == "that")
                return -1;
            if (_t[end].Raw == "," && end + 1 < last && _t[end + 1].IsWord
                && (EnglishLexicon.Lookup(_t[end + 1].Fold) is { Shape: VerbShape.Participle } || _t[end + 1].Fold is "but" or "while" or "citing" or "according" or "speaking"))
                break;
            if (_t[end].IsWord && ++words > 7)
                return -1;
            end++;
        }

        // Round 10: "hospital officials announced Friday (night)": a bare weekday or month ending the sentence is an adverbial.
        if (words > 0 && !(Adverbials.Contains(_t[k].Fold) || _t[k].Fold is "in" or "reporters" or "journalists" || DayOrMonth.Contains(_t[k].Fold) && words <= 2
            || _t[k - 1].Fold is "told" or "tells"))
            return -1;
        return end;
    }

    // "dismissed three governors" is not a denial; "dismissed the allegations" is.
    private bool RejectsSomethingElse(int v, int last)
    {
        if (_t[v].Fold is not ("dismissed" or "dismisses" or "rejected" or "rejects"))
            return false;
        // Round 10: ", a charge Brannigan rejected.": nothing after the verb, so the object came before it.
        if (v + 1 >= last || _t[v + 1].Raw is "." or ";" or "!")
            return false;
        for (var k = v + 1; k < Math.Min(last, v + 5); k++)
        {
            var f = _t[k].Fold;
            if (f is "that" or "as" || ClaimNouns.Contains(f) || ClaimNouns.Contains(f.TrimEnd('s')) || f is "reports" or "report" or "rumours"
                or "rumors" or "criticism" or "accusations" or "allegations" or "claims" or "suggestions" or "idea" or "notion" or "charges" or "story" or "findings" or "account" or "statement"
                || IsSpeechOpen(k))
                return false;
        }

        return true;
    }

    private SpeakerPhrase? SubjectWithCitation(int s0, int v)
    {
        // "The news agency Meridian, citing two police sources, reported": the sources speak, the agency relays.
        for (var k = s0; k < v; k++)
        {
            if (_t[k].Fold != "citing")
                continue;
            var e = k + 1;
            while (e < v && _t[e].Raw != ",")
                e++;
            var source = EnglishSpeakers.Build(doc, k + 1, e, anonymous: false);
            var relay = EnglishSpeakers.Build(doc, s0, k);
            if (source is null)
                break;
            _pendingRelay = relay;
            return source;
        }

        if (QuotedByInSubject(s0, v) is { } quotedBy)
            _pendingRelay = quotedBy;
        return EnglishSpeakers.Build(doc, s0, v);
    }

    private void AddFinding(Finding f, bool continues)
    {
        if (continues)
            f.Speaker = null;
        if (_pendingRelay is not null)
        {
            f.RelayedBy ??= _pendingRelay;
            _pendingRelay = null;
        }

        _found.Add(f);
    }

    private int Participle(int i, int first, int last, Reporting r)
    {
        SpeakerPhrase? speaker = null;
        if (i > first && StatementNouns.Contains(_t[i - 1].Fold) && SentenceSubject(first, i, agentsOnly: false) is { } issuer)
        {
            // "The club issued a statement saying ...": the issuer speaks.
            speaker = issuer;
        }
        else if (GerundAfterPreposition(i, first))
        {
            // Round 10: "..., a week after denying that ...": the sentence's speaker said it earlier (null: the one before goes on).
            speaker = _found.LastOrDefault(f => f.Speaker is not null && f.Evidence.Start >= _t[first].Start)?.Speaker ?? SentenceSubject(first, i);
        }
        else if (i > first && _t[i - 1].Raw != ",")
        {
            // "with the foreign ministry saying ..."
            var w = i - 1;
            while (w > first && i - w < 7 && _t[w].Fold != "with")
                w--;
            if (_t[w].Fold != "with")
                return -1;
            speaker = EnglishSpeakers.Build(doc, w + 1, i);
            if (speaker is null)
                return -1;
        }

        if (speaker is null && i > first && _t[i - 1].Raw == ",")
            speaker = SentenceSubject(first, i);
        var n = i + 1;
        if (n < last && EnglishGatedVerbs.IsParticle(_t[i].Fold, _t[n].Fold))
            n++;
        // Round 10: ", telling Channel 9 News that ...": the outlet told relays this and the statement it follows.
        var told = _t[i].Fold == "telling" ? TellingAudience(ref n, last) : null;
        if (n + 1 < last && _t[n].Fold == "only" && _t[n + 1].Fold == "that")
            n++;
        while (n < last && _t[n].Fold == "that")
            n++;
        var (c0, c1, resume) = Content(n, last);
        if (c1 <= c0)
            return -1;
        var stance = ContentStance(c0, c1) ?? r.Stance ?? Stance.Asserts;
        // A naming (", calling it ...") states something only after a clause that said nothing ("praised the deal, calling it
        // «...»"), and only when it denies or quotes; after a statement it names that statement's object.
        if (r.Stance is null && (_found.Count > 0 && _found[^1].Evidence.End > _t[first].Start
            || stance != Stance.Denies && !Enumerable.Range(c0, c1 - c0).Any(IsSpeechOpen)))
            return -1;
        if (speaker is null && stance == Stance.Denies && _found.LastOrDefault()?.Stance == Stance.Denies && c1 - c0 <= 6)
            return resume;
        var participle = NewFinding(speaker, stance, i, c1, c0, c1);
        if (told is not null)
        {
            participle.RelayedBy = told;
            if (speaker is null && _found.Count > 0 && _found[^1].Evidence.End > _t[first].Start)
                _found[^1].RelayedBy ??= told;
        }

        _found.Add(participle);
        return resume;
    }

    private int According(int i, int first, int last, int skip = 2)
    {
        var n0 = i + skip;
        var n1 = n0;
        while (n1 < last && _t[n1].Raw is not ("," or "." or ";"))
            n1++;
        var head = Enumerable.Range(n0, n1 - n0).Select(x => _t[x].Fold).FirstOrDefault(f => f is not ("the" or "a" or "an"));
        var issuer = head is not null && EnglishLexicon.DataNouns.Contains(head) ? DataIssuer(n0, n1) : null;
        if (head is null || EnglishLexicon.DataNouns.Contains(head) && issuer is null)
            return n1;
        var speaker = issuer ?? EnglishSpeakers.Build(doc, n0, n1);
        if (speaker is null)
            return n1;
        var spokeTo = WhoSpokeTo(n0, n1);
        var leading = n1 < last && _t[n1].Raw == "," && !(i > first && _t[i - 1].Raw == ",");
        if (leading && Citing(n1 + 1, last, speaker) is var cited and >= 0)
            return cited;
        if (leading)
        {
            var before = _found.Count;
            var (c0, c1, resume) = Content(n1 + 1, last);
            Scan(n1 + 1, c1);
            var inner = _found.Skip(before).FirstOrDefault(f => f.Speaker is not null);
            if (inner is not null)
            {
                inner.RelayedBy ??= speaker;
                return Math.Max(resume, c1);
            }

            _found.RemoveRange(before, _found.Count - before);
            var lead = NewFinding(speaker, ContentStance(n1 + 1, c1) ?? Stance.Asserts, i, c1, n1 + 1, c1);
            lead.RelayedBy = spokeTo;
            _found.Add(lead);
            return resume;
        }

        // Trailing: "..., according to X." The clause before is X's, or X relays a statement found there.
        var covering = _found.LastOrDefault(f => f.Evidence.End <= _t[i].Start && f.Evidence.Start >= _t[first].Start);
        if (covering is not null)
        {
            covering.RelayedBy ??= speaker;
            return n1;
        }

        var end = i - 1;
        if (end <= first)
            return n1;
        var trailing = NewFinding(speaker, ContentStance(first, end) ?? Stance.Asserts, first, n1, first, end);
        trailing.RelayedBy = spokeTo;
        _found.Add(trailing);
        return n1;
    }

    /// <summary>
    /// "According to a report by X, citing Y, CONTENT": Y speaks, X relays. <paramref name="k"/> is the word after the
    /// comma that ends X; -1 when it is not "citing" followed by a source and a comma within a few words.
    /// </summary>
    private int Citing(int k, int last, SpeakerPhrase relay)
    {
        if (k >= last || _t[k].Fold != "citing")
            return -1;
        var y0 = k + 1;
        var y1 = y0;
        while (y1 < last && y1 - y0 < 14 && _t[y1].Raw is not ("," or "." or ";") && !IsSpeechOpen(y1))
            y1++;
        if (y1 >= last || _t[y1].Raw != "," || y1 == y0)
            return -1;
        var source = EnglishSpeakers.Build(doc, y0, y1, anonymous: false);
        if (source is null)
            return -1;
        var (c0, c1, resume) = Content(y1 + 1, last);
        if (c1 <= c0)
            return -1;
        var f = NewFinding(source, ContentStance(c0, c1) ?? Stance.Asserts, c0, c1, c0, c1);
        f.RelayedBy = relay;
        _found.Add(f);
        return resume;
    }

    private (int Start, int End, int Resume) Content(int k, int last)
    {
        if (IsSpeechOpen(k) && doc.QuoteOpeningAt(k) is { } q)
        {
            var inner1 = q.Close;
            while (inner1 > q.Open + 1 && _t[inner1 - 1].Raw is "," or "،")
                inner1--;
            return (q.Open + 1, inner1, q.Close + 1);
        }

        var end = k;
        while (end < last && !IsClauseBreak(end, last))
        {
            if (IsSpeechOpen(end) && doc.QuoteOpeningAt(end) is { } inner)
            {
                end = inner.Close;
                if (EndsSentence(inner, last))
                {
                    end++;
                    break;
                }
            }

            end++;
        }

        var c1 = end;
        while (c1 > k && !_t[c1 - 1].IsWord && !(doc.QuoteAt(c1 - 1) is { } qc && qc.Close == c1 - 1))
            c1--;
        return (k, c1, end);
    }

    private bool IsClauseBreak(int k, int last)
    {
        var t = _t[k];
        // Round 10: "1.2 million": a point between digits ends nothing.
        if (t.Raw == "." && k > 0 && k + 1 < _t.Count && _t[k - 1].End == t.Start && _t[k + 1].Start == t.End
            && _t[k - 1].Raw.Length > 0 && char.IsAsciiDigit(_t[k - 1].Raw[^1]) && _t[k + 1].Raw.Length > 0 && char.IsAsciiDigit(_t[k + 1].Raw[0]))
            return false;
        if (t.Raw is ";" or "." or "\n" or "!" or "?")
            return true;
        if (k + 1 >= last)
            return false;
        var n = _t[k + 1];
        if (t.Raw == "," && n.IsWord)
        {
            if (EnglishLexicon.Lookup(n.Fold) is { Shape: VerbShape.Participle })
                return true;
            // Round 8: ", although" / ", though" open a concession with its own subject.
            if (n.Fold is "although" || n.Fold == "though" && k + 2 < last && _t[k + 2].IsWord)
                return true;
            // Round 10: ", a week after denying that ...": the earlier statement is a clause of its own.
            if (StanceGerundAhead(k + 1, last))
                return true;
            if (n.Fold is "but" or "while" or "whereas" or "according" or "citing" or "calling" or "with" or "responding" or "reacting" or "replying")
                return true;
            if (RelativeCloses(k, last))
                return true;
            if (n.Fold is "a" or "an" && k + 2 < last && ClaimNouns.Contains(_t[k + 2].Fold))
                return true;
            if (n.Fold == "who" && k + 2 < last && (EnglishLexicon.Lookup(_t[k + 2].Fold) is { Shape: VerbShape.Verb }
                || k + 3 < last && _t[k + 2].Fold is "also" or "later" && EnglishLexicon.Lookup(_t[k + 3].Fold) is { Shape: VerbShape.Verb }))
                return true;
        }

        if (t.Fold is "and" or "but" && n.IsWord && (EnglishLexicon.Lookup(n.Fold) ?? EnglishGatedVerbs.Lookup(_t, k + 1, last)) is { Shape: VerbShape.Verb })
            return true;
        return false;
    }

    private int SkipAdverbials(int n, int last)
    {
        if (n >= last || !Adverbials.Contains(_t[n].Fold))
            return n;
        for (var x = n; x < Math.Min(last, n + 6); x++)
        {
            if (_t[x].Fold == "that" || _t[x].Raw == ",")
                return x;
        }

        return n;
    }

    private int CapitalRunEnd(int k, int last)
    {
        while (k < last && _t[k].IsCapitalised)
            k++;
        return k;
    }

    private Stance? ContentStance(int c0, int c1)
    {
        if (OwnDenial(c0, c1))
            return Stance.Denies;
        var words = 0;
        for (var k = c0; k < c1; k++)
        {
            if (!_t[k].IsWord || !EnglishLexicon.DenialPhrasesByFirstWord.TryGetValue(_t[k].Fold, out var phrases))
                phrases = [];
            foreach (var phrase in phrases)
            {
                var ok = k + phrase.Length <= c1;
                for (var w = 0; ok && w < phrase.Length; w++)
                    ok = _t[k + w].Fold == phrase[w];
                if (ok && !Attributive(k, phrase, c1))
                    return Stance.Denies;
            }

            // The accusations as the subject of the reported words: among their first few words.
            if (_t[k].IsWord && words++ < 4 && EnglishLexicon.AccusationNouns.Contains(_t[k].Fold) && DiscreditedWithin(k + 1, c1))
                return Stance.Denies;
        }

        return null;
    }

    /// <summary>
    /// "the allegations were part of a smear campaign" / "the charges are politically motivated": the accusations are the
    /// subject and the dismissal their predicate (after is / are / was / were), not "reports of a disinformation campaign".
    /// </summary>
    private bool DiscreditedWithin(int k, int c1)
    {
        var predicate = false;
        for (var m = k; m < c1 && m < k + 8; m++)
        {
            var fold = _t[m].Fold;
            if (fold is "is" or "are" or "was" or "were")
                predicate = true;
            else if (!predicate)
                continue;
            else if (EnglishLexicon.DiscreditingWords.Contains(fold) || fold == "politically" && m + 1 < c1 && _t[m + 1].Fold == "motivated")
                return true;
        }

        return false;
    }

    /// <summary>
    /// Words a neutral verb reports that open with a first-person demand ("We need every household to ...", "We urge ...",
    /// "I call on ...") demand; anything else keeps <paramref name="stance"/>.
    /// </summary>
    private Stance DemandOr(Stance stance, int c0, int c1)
    {
        if (stance != Stance.Asserts)
            return stance;
        while (c0 < c1 && (!_t[c0].IsWord || _t[c0].Fold is "but" or "and" or "so"))
            c0++;
        if (ModalDemand(c0, c1) || ImperativeQuote(c0, c1))
            return Stance.Demands;
        if (c0 + 2 >= c1 || _t[c0].Fold is not ("we" or "i"))
            return stance;
        var verb = _t[c0 + 1].Fold;
        if (verb is "urge" or "demand" or "appeal" || verb is "call" or "ask" && _t[c0 + 2].Fold is "on" or "upon" or "for" or "the" or "all" or "every" or "everyone")
            return Stance.Demands;
        if (verb != "need" || _t[c0 + 2].Fold == "to")
            return stance;
        // "we need a larger trial before ...": something is asked for.
        if (_t[c0 + 2].Fold is "a" or "an" or "more" or "urgent" or "immediate" or "real" or "new" or "proper" or "answers" or "help" or "action")
            return Stance.Demands;
        // "we need X to do": someone other than the speakers is asked to act.
        for (var m = c0 + 3; m < c1 && m < c0 + 7; m++)
        {
            if (_t[m].Fold == "to")
                return Stance.Demands;
            if (!_t[m].IsWord)
                break;
        }

        return stance;
    }

    // The first token ending after the offset (token ends rise, so a binary search: the later passes call this per statement).
    private int IndexAt(int offset)
    {
        int lo = 0, hi = _t.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_t[mid].End > offset)
                hi = mid;
            else
                lo = mid + 1;
        }

        return lo < _t.Count ? lo : _t.Count - 1;
    }

    private Finding NewFinding(SpeakerPhrase? speaker, Stance stance, int e0, int e1, int c0, int c1) => new()
    {
        Speaker = speaker,
        Stance = stance,
        Evidence = Span(e0, e1),
        Content = Span(c0, c1),
    };

    private Phrase Span(int first, int end)
    {
        while (first < end - 1 && !_t[first].IsWord && !(doc.QuoteAt(first) is { } q && q.Open == first && !ArticleText.IsSpeech(q)))
            first++;
        var start = _t[first].Start;
        var stop = _t[Math.Max(first, end - 1)].End;
        return new Phrase(doc.Slice(start, stop), start, stop);
    }

    private bool IsSpeechOpen(int k) => k < _t.Count && doc.QuoteOpeningAt(k) is { } q && ArticleText.IsSpeech(q);
}
