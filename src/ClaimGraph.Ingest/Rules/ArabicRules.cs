using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Arabic reported speech, read token by token: verb-first reporting clauses (وأعلن التحالف الدولي،
/// مساء الثلاثاء، أن ...), subjects before plural verbs (الضباط الأمريكان اشترطوا), attributions (بحسب،
/// وفق، نقلاً عن), relays (قال X لبلدي نيوز، نقلت وكالة X عن Y), circumstantial participles (مضيفاً)
/// and the two-stance lead "بين نفي من X وتأكيد من Y على Z". Every loop moves forward, so the work is
/// linear in the text.
/// </summary>
internal sealed partial class ArabicRules(ArticleText doc, string? publisherKey)
{
    private const int MaxSubjectWords = 10;
    private readonly List<Token> _t = doc.Tokens;
    private readonly List<Finding> _found = [];
    private int _group;
    private int _sentenceFirst;
    private (SpeakerPhrase Speaker, SpeakerPhrase? Relay, int Verb)? _silent;

    public List<Finding> Run()
    {
        foreach (var s in doc.Sentences)
        {
            _sentenceFirst = s.First;
            Scan(s.First, s.Last, null);
        }
        ArabicClauseSplits.Apply(doc, _found);
        ArabicOrganisationBackReferences.Apply(doc, _found);
        ArabicPersonBackReferences.Apply(doc, _found);
        RemarksFrames();
        return _found;
    }

    private void Scan(int first, int last, Finding? within)
    {
        var i = first;
        var firstWord = NextWord(first, last);
        while (i < last)
        {
            var t = _t[i];
            if (!t.IsWord || within is null && doc.InSpeech(i))
            {
                i++;
                continue;
            }

            var fold = ArabicLexicon.WithoutConjunction(t.Fold);
            var next = within is not null ? Attribution(i, last, within)
                : (i == firstWord || _t[i - 1].Raw is "،" or ",") && ArabicLexicon.Enumerators.Contains(fold) ? Enumeration(i, last)
                : fold == "جاء" && i + 2 < last && _t[i + 1].Fold == "في" && ArabicLexicon.DocumentNouns.Contains(_t[i + 2].Fold)
                    ? Clause(i, last, new Reporting(Stance.Asserts, VerbShape.Participle))
                : FrontedHastenedStance(i, first, last) is { } fronted ? Clause(i, last, new Reporting(fronted, VerbShape.Verb))
                : fold is "سارع" or "سارعت" or "بادر" or "بادرت" && HastenedStance(i, last) is { } hastened ? Clause(i, last, new Reporting(hastened, VerbShape.Verb))
                : fold == "بين" ? Between(i, last)
                : fold is "بهذه" or "بهذا" or "بتلك" or "بذلك" ? WithTheseWords(i, last)
                : fold == "بالقول" ? ByTheWords(i, last)
                : ArabicLexicon.Attributions.Contains(fold) ? Attribution(i, last, null)
                : ArabicLexicon.Lookup(t.Fold) is { } r && AtClauseStart(i, first, r) ? Clause(i, last, r)
                : -1;
            i = next > i ? next : i + 1;
        }
    }

    private bool AtClauseStart(int i, int first, Reporting r)
    {
        if (i == first || r.Shape == VerbShape.Plural)
            return true;
        var prev = _t[i - 1];
        if (r.Shape == VerbShape.Participle)
            return prev.Raw is "،" or ",";
        if (_t[i].Fold[0] is 'و' or 'ف' && ArabicLexicon.Lookup(_t[i].Fold[1..]) is not null || AfterPronounConnective(i))
            return true;
        return !prev.IsWord || prev.Fold is "كما" or "فيما" or "بينما" or "حين" or "ثم" or "قد" or "وقد" or "فقد" or "لقد" or "حيث"
            || r.Shape is VerbShape.Verb or VerbShape.Relay && SubjectAfterContrast(i, first) >= 0
            || r.Shape == VerbShape.Verb && SubjectOpensSentence(i, first);
    }

    /// <summary>
    /// "غير أن مصادر محلية قالت ..." / "لكن الوزارة أكدت ...": a contrast opening the sentence, then a short
    /// subject, then the verb (k at the verb). The subject is read back from the verb.
    /// </summary>
    /// <returns>The subject's first token, or -1. The subject may carry an apposition: "غير أن وزير الطاقة، مراد العلي، أقر".</returns>
    private int SubjectAfterContrast(int v, int first)
    {
        var commas = 0;
        // Round 10: twelve tokens back, for a title and a ranked name (غير أن المتحدث باسم وزارة الداخلية، العقيد طارق النجار، نفى).
        for (var k = v - 1; k >= first && k >= v - 12; k--)
        {
            var t = _t[k];
            if (t.Raw is "،" or ",")
            {
                if (++commas > 2)
                    return -1;
                continue;
            }

            if (!t.IsWord)
                return -1;
            var opens = t.Fold is "لكن" or "ولكن" && OpensClause(k, first)
                || t.Fold == "ان" && k - 1 >= first && OpensClause(k - 1, first) && _t[k - 1].Fold is "غير" or "الا" or "بيد" or "علي";
            if (opens)
                return k < v - 1 && _t[k + 1].IsWord && (commas == 0 || commas == 2 && _t[v - 1].Raw is "،" or ",") ? k + 1 : -1;
            if (ArabicLexicon.Complementizers.Contains(t.Fold) || ArabicLexicon.Lookup(t.Fold) is not null)
                return -1;
        }

        return -1;
    }

    /// <summary>"سارع رئيس الوزراء، خالد المنصوري، إلى نفي الأنباء" (v at سارع): the stance of the noun after إلى, or null.</summary>
    private Stance? HastenedStance(int v, int last)
    {
        for (var k = v + 2; k + 1 < last && k < v + 10; k++)
        {
            if (_t[k].Fold == "الي")
                return ArabicLexicon.StanceNouns.Contains(_t[k + 1].Fold) ? StanceOfNoun(_t[k + 1].Fold) : null;
            if (_t[k].Raw is "." or "؛" || IsSpeechOpen(k))
                return null;
        }

        return null;
    }

    // The sentence's first word, or the first after a comma ("...، إلا أن مدير المستشفى نفى ذلك").
    private bool OpensClause(int k, int first) => k == first || k - 1 >= first && _t[k - 1].Raw is "،" or ",";

    /// <summary>"غير أن وزير الطاقة، مراد العلي، أقر" (v at the verb): the titled subject with its apposed name, or null.</summary>
    private SpeakerPhrase? ApposedSubjectBefore(int v, int s0)
    {
        if (s0 < 0 || _t[v - 1].Raw is not ("،" or ","))
            return null;
        var c1 = s0;
        while (c1 < v && _t[c1].Raw is not ("،" or ","))
            c1++;
        if (c1 >= v - 2)
            return null;
        // Without a rank before the name (العقيد طارق النجار is طارق النجار).
        return ArabicSpeakers.Build(doc, s0, c1, doc.Slice(_t[AfterHonorifics(c1 + 1, v - 1)].Start, _t[v - 2].End), false);
    }

    // بيان نشرته / تقرير أصدرته: a document followed by a verb whose pronoun points back at the clause's subject.
    private bool OwnDocument(int s0, int s1) =>
        s1 - s0 >= 2 && ArabicLexicon.Occasions.Contains(ArabicSpeakers.Stem(_t[s0].Fold)) && !_t[s0].IsDefinite
        && _t[s0 + 1].Fold.Length > 3 && (_t[s0 + 1].Fold.EndsWith("ته", StringComparison.Ordinal) || _t[s0 + 1].Fold.EndsWith("تها", StringComparison.Ordinal));

    // تقرير/بيان/دراسة صادر(ة) عن X: the subject ended at عن after "document + issued".
    private bool IssuedBy(int s0, int k, int last) =>
        k == s0 + 2 && k + 1 < last && _t[k].Fold == "عن" && _t[k + 1].IsWord && _t[s0 + 1].Fold is "صادر" or "صادره"
        && (ArabicLexicon.Occasions.Contains(ArabicSpeakers.Stem(_t[s0].Fold)) || ArabicSpeakers.Stem(_t[s0].Fold) == "دراسه");

    // "نفى ذلك،" / "أكد هذا": a demonstrative right after the verb is its object, not its subject;
    // so is "نفت هذه الأنباء،" / "رفض تلك الاتهامات." (demonstrative + one definite noun, then the clause ends).
    private bool IsDemonstrativeObject(int k, int last) =>
        _t[k].Fold is "ذلك" or "هذا" && (k + 1 >= last || !_t[k + 1].IsWord || _t[k + 1].Fold is "الي" or "علي" or "في")
        || _t[k].Fold is "ذلك" or "هذا" or "هذه" or "تلك" && k + 1 < last && _t[k + 1].IsWord && _t[k + 1].Fold.StartsWith("ال", StringComparison.Ordinal)
            && (k + 2 >= last || _t[k + 2].Raw is "،" or "," or "." or "؛");

    // بين نفي من X وتأكيد من Y على Z
    private int Between(int i, int last)
    {
        var k = i + 1;
        if (k >= last || !ArabicLexicon.StanceNouns.Contains(_t[k].Fold))
            return -1;
        var firstNoun = k;
        if (!IsWordAt(k + 1, "من", last))
            return -1;
        var x0 = k + 2;
        var x1 = x0;
        while (x1 < last && !(_t[x1].IsWord && _t[x1].Fold.Length > 1 && _t[x1].Fold[0] == 'و' && ArabicLexicon.StanceNouns.Contains(_t[x1].Fold[1..])))
            x1++;
        if (x1 >= last || !IsWordAt(x1 + 1, "من", last))
            return -1;
        var secondNoun = x1;
        var y0 = x1 + 2;
        var y1 = y0;
        while (y1 < last && _t[y1].Raw is not ("،" or ",") && _t[y1].Fold is not ("علي" or "حول" or "بشان"))
            y1++;
        var z0 = y1;
        while (z0 < last && (!_t[z0].IsWord || _t[z0].Fold is "علي" or "حول" or "بشان"))
            z0++;
        var z1 = z0;
        while (z1 < last && _t[z1].Raw is not ("،" or "," or "؛" or "."))
            z1++;
        if (z1 <= z0 || y1 <= y0 || x1 <= x0)
            return -1;

        var content = Span(z0, z1);
        var group = ++_group;
        foreach (var (noun, s0, s1) in new[] { (firstNoun, x0, x1), (secondNoun, y0, y1) })
        {
            var speaker = ArabicSpeakers.Build(doc, s0, s1);
            var stance = StanceOfNoun(ArabicLexicon.WithoutConjunction(_t[noun].Fold));
            if (speaker is null)
                continue;
            _found.Add(new Finding
            {
                Speaker = speaker,
                Stance = stance,
                Evidence = new Phrase(doc.Slice(_t[noun].Start, speaker.Phrase.End), _t[noun].Start, speaker.Phrase.End),
                Content = content,
                ClaimGroup = group,
            });
        }

        return z1;
    }

    // بحسب / حسب / وفق / نقلاً عن X [؛،] (فإن|أن)? CONTENT
    private int Attribution(int i, int last, Finding? within)
    {
        var fold = ArabicLexicon.WithoutConjunction(_t[i].Fold);
        if (within is not null && !ArabicLexicon.Attributions.Contains(fold) || IsMannerNotSource(i, last))
            return -1;
        if (within is null && TrailingRelay(i, last) is var afterOutlet and >= 0)
            return afterOutlet;
        var k = i + 1;
        if (k < last && _t[k].Fold is "عن" or "ل")
            k++;
        var relayedBy = RelayBeforeAn(ref k, last);
        if (relayedBy is null && fold == "نقلا")
            relayedBy = OutletBeforeNaqlan(i);
        if (relayedBy is null && k < last && _t[k].Fold is "ما" or "لما" && k + 1 < last && IsReportingVerbWithObject(_t[k + 1].Fold))
            k += 2;
        var s0 = k;
        while (k < last && k - s0 < MaxSubjectWords && (_t[k].IsWord && !ArabicLexicon.Complementizers.Contains(_t[k].Fold) || IsShortMarkAt(k, last))
            && !(k > s0 && IsAttributionAdverbial(k, last)))
            k = IsShortMarkAt(k, last) ? CloseOfShortMark(k, last)!.Value + 1 : k + 1;
        var s1 = k;
        if (k > s0 && k < last && IsAttributionAdverbial(k, last))
            k = AfterAttributionAdverbial(k, last);
        var speaker = fold is "وفق" or "وفقا" or "طبقا" ? WithAttachedLam(s0, s1) : ArabicSpeakers.Build(doc, s0, s1);
        if (IssuerOfDocument(s0, s1) is var issuer0 and >= 0 && WithAttachedLam(issuer0, s1) is { } issuer)
        {
            // بحسب بيان للوزارة / وفق تقرير لمنظمة X: the body that issued the document speaks.
            speaker = issuer;
        }

        if (speaker is null)
            return -1;
        while (k < last && (!_t[k].IsWord || ArabicLexicon.Complementizers.Contains(_t[k].Fold)) && !IsSpeechOpen(k))
            k++;

        Finding finding;
        if (k >= last || IsClauseBreak(k - 1, last))
        {
            // A trailing attribution (..., بحسب المصادر): the speaker of the clause before it.
            var c0 = ClauseStartBefore(i);
            if (c0 >= i - 1)
                return s1;
            if (OwnDocument(s0, s1))
            {
                // "سجلت الوزارة X، بحسب بيان نشرته": the subject of the clause issued the statement it is attributed to.
                var anonymous = false;
                var subjectEnd = SubjectEnd(c0 + 1, i, ref anonymous);
                // The object follows the subject without a break: it ends at the first bare word after a definite one.
                for (var j = c0 + 2; j < subjectEnd; j++)
                {
                    if (_t[j - 1].IsDefinite && !_t[j].IsDefinite)
                    {
                        subjectEnd = j;
                        break;
                    }
                }

                if (ArabicSpeakers.Build(doc, c0 + 1, subjectEnd) is not { } subject)
                    return s1;
                speaker = subject;
            }

            finding = NewFinding(speaker, Stance.Asserts, c0, i, c0, i);
            _found.Add(finding);
            return s1;
        }

        var (content0, content1, resume) = Content(k, last);
        var outlet = relayedBy ?? RelayOfReporter(speaker);
        var before = _found.Count;
        Scan(content0, content1, null);
        var inner = _found.Skip(before).FirstOrDefault(f => f.Speaker is not null && f.Evidence.Start <= _t[content0].End);
        if (inner is not null)
        {
            inner.RelayedBy ??= relayedBy ?? speaker;
            foreach (var f in _found.Skip(before).Where(f => f.Speaker is null))
                f.RelayedBy ??= relayedBy ?? speaker;
            return Math.Max(resume, content1);
        }

        _found.RemoveRange(before, _found.Count - before);
        finding = NewFinding(speaker, Stance.Asserts, i, content1, content0, content1);
        finding.RelayedBy = outlet;
        finding.RelayedThrough = within;

        finding.Stance = ContentStance(content0, content1) ?? Stance.Asserts;
        _found.Add(finding);
        return resume;
    }

    /// <summary>
    /// وفقاً لمصادر / طبقاً للجيش: the speaker without the ل that the attribution governs (and, for لل, without the
    /// article it swallowed, which name keys ignore anyway). The first token is read shortened, then restored.
    /// </summary>
    private SpeakerPhrase? WithAttachedLam(int s0, int s1)
    {
        var token = _t[s0];
        if (s0 >= s1 || !token.IsWord || token.Fold.Length < 4 || token.Fold[0] != 'ل')
            return ArabicSpeakers.Build(doc, s0, s1);
        var letters = token.Fold.StartsWith("لل", StringComparison.Ordinal) ? 2 : 1;
        var cut = 0;
        for (var seen = 0; cut < token.Raw.Length && (seen < letters || char.GetUnicodeCategory(token.Raw[cut]) == System.Globalization.UnicodeCategory.NonSpacingMark || token.Raw[cut] == '\u0640'); cut++)
        {
            if (char.GetUnicodeCategory(token.Raw[cut]) != System.Globalization.UnicodeCategory.NonSpacingMark && token.Raw[cut] != '\u0640')
                seen++;
        }

        if (cut >= token.Raw.Length)
            return ArabicSpeakers.Build(doc, s0, s1);
        _t[s0] = token with { Start = token.Start + cut, Raw = token.Raw[cut..], Fold = token.Fold[letters..] };
        try
        {
            return ArabicSpeakers.Build(doc, s0, s1);
        }
        finally
        {
            _t[s0] = token;
        }
    }

    private int Enumeration(int i, int last)
    {
        var previous = _found.LastOrDefault();
        if (previous is null)
            return -1;
        var c0 = i + 1;
        while (c0 < last && !_t[c0].IsWord)
            c0++;
        var (content0, content1, resume) = Content(c0, last);
        var f = NewFinding(null, previous.Stance, i, content1, content0, content1);
        _found.Add(f);
        return resume;
    }

    private int Clause(int v, int last, Reporting r)
    {
        if (ArabicLexicon.WithoutConjunction(_t[v].Fold) is "تابع" or "تابعت"
            && !(v + 1 < last && (_t[v + 1].Raw == ":" || IsSpeechOpen(v + 1) || ArabicLexicon.Complementizers.Contains(_t[v + 1].Fold) || _t[v + 1].Fold is "قايلا" or "قايله")))
            return -1;
        // غير أن الوزارة سارعت إلى نفي ...: the subject came first, what is denied follows the stance noun.
        var hastened = HastensToStance(v, last);
        var k = hastened ? v + 3 : v + 1;
        // حذّر من أن / حذرت النقابة من أن: من before the complementizer belongs to the verb.
        if (IsMinBeforeComplementizer(k, last))
            k++;
        k = AfterForHisPart(k, last);
        SpeakerPhrase? speaker = null;
        SpeakerPhrase? relay = null;
        var start = v;
        var anonymous = false;

        var kana0 = r.Shape == VerbShape.Verb ? SubjectBeforeQad(v) : -1;
        if (r.Shape == VerbShape.Verb || r.Shape == VerbShape.Relay)
        {
            if (kana0 < 0 && !hastened && !HasFrontedSubject(v, r) && k < last && (_t[k].IsWord || _t[k].Raw is "(" or "\"" or "«" && CloseOfShortMark(k, last) is not null)
                && !ArabicLexicon.Complementizers.Contains(_t[k].Fold) && !IsRelayWord(k, last) && !AfterPronounConnective(v) && !IsDemonstrativeObject(k, last)
                && !(r.Shape == VerbShape.Relay && IsSourcePreposition(v, k)) && !DemandObjectAt(k, r) && !IsObjectByAgreement(v, k) && !IsObjectByAgreementOrCase(v, k)
                && !(r.Shape == VerbShape.Verb && v > 0 && !IsAdverbial(k) && _t[v - 1].Raw is "،" or "," && SubjectAfterContrast(v, _sentenceFirst) is var f0 and >= 0 && ApposedSubjectBefore(v, f0) is not null))
            {
                var s0 = k;
                k = SubjectEnd(k, last, ref anonymous);
                if (IssuedBy(s0, k, last))
                {
                    // "حذر تقرير صادر عن مرصد البيئة": the body that issued the report speaks.
                    s0 = k + 1;
                    k = SubjectEnd(s0, last, ref anonymous);
                }

                var issuerAt = DocumentIssuerAt(s0, ref k, last);
                k = AfterKnownSurname(s0, k);
                if (IsWarning(v))
                    k = WarnedOfStart(s0, k);
                if (r.Stance == Stance.Demands)
                    k = AddresseeStart(s0, DemandSubjectEnd(s0, k));
                else if (IsPledge(v))
                    k = DemandSubjectEnd(s0, k);
                else if (TakesObject(v))
                    k = AnnouncedObjectStart(s0, k);
                else if (IsDescribing(v))
                    k = DescribedObjectStart(s0, k);
                else if (IsHoldingResponsible(v) && ResponsibilityAt(v, last) is var resp and > 0 && resp <= k)
                    k = NounPhraseStartBefore(s0, resp);
                else if (IsAccusation(v) && AccusedOfAt(s0, k) is var charge and > 0)
                    k = NounPhraseStartBefore(s0, charge);
                if (IsConjoinedObjectVerb(v, s0))
                    k = s0;
                var quotedBefore = QuoteEndingBefore(v) is not null;
                k = TitleComplementEnd(s0, k, last, quotedBefore);
                string? apposition = null;
                var sameOccasion = false;
                SpeakerPhrase? namedSource = null;
                SpeakerPhrase? voice = null;
                var s1 = k;
                if (anonymous && UnnamedNoteEnd(k, last) is var noteEnd && noteEnd > k)
                    k = noteEnd;
                relay = UnnamingRelay(ref k, last);
                while (k < last)
                {
                    if (voice is null && VoiceAt(_t[k].Raw is "،" or "," ? k + 1 : k, last, out var voiceEnd) is { } through)
                    {
                        // "، على لسان المحامية سناء الدريدي،": the body speaks through her.
                        (voice, k) = (through, voiceEnd);
                        continue;
                    }

                    if (_t[k].Raw is "،" or ",")
                    {
                        var seg = k + 1;
                        var segEnd = seg;
                        while (segEnd < last && _t[segEnd].IsWord && segEnd - seg < 8)
                            segEnd++;
                        if (seg < last && ArabicLexicon.Audiences.Contains(_t[seg].Fold))
                        {
                            // "، العقيد X، للصحفيين إن": those spoken to, then the content.
                            k = seg + 1;
                            continue;
                        }

                        if (seg < last && IsAdverbial(seg))
                        {
                            if (relay is null && segEnd < last && _t[segEnd].Raw is "\"" or "«" && OccasionOutlet(seg, last) is { } carried)
                            {
                                // "، في تصريحات نقلتها صحيفة "الأفق"، ...": the quoted outlet name runs past the words counted.
                                relay = carried.Outlet;
                                k = AfterAttributionAdverbial(carried.End, last);
                                if (k == carried.End && k < last && _t[k].IsWord)
                                    k = SkipAdverbial(k, last);
                                continue;
                            }

                            relay ??= RelayInOccasion(seg, segEnd);
                            sameOccasion |= IsSameOccasion(seg, last);
                            // "، في مؤتمر صحفي إن": an occasion not closed by a comma ends where the content begins.
                            k = segEnd < last && _t[segEnd].Raw is "،" or "," || _t[seg].Fold != "في" ? segEnd : SkipAdverbial(seg, last);
                            if (relay is null && RelayWordWithin(seg + 1, segEnd, last) is var m and >= 0)
                            {
                                // "، في تصريح لإذاعة «صوت المدينة» أن": the occasion names the outlet with ل.
                                k = RelayEnd(m + 1, last);
                                relay = RelayPhrase(m, k);
                                k = OccasionRestEnd(k, last);
                            }

                            continue;
                        }

                        if (seg < last && IsRelayWord(seg, last))
                        {
                            k = seg;
                            continue;
                        }

                        // "أفادت وكالة X، نقلاً عن مصدر في Y، بأن": the outlet relays the source it cites between commas.
                        if (relay is null && namedSource is null && segEnd < last && _t[segEnd].Raw is "،" or "," && NaqlanBetweenCommas(seg, segEnd, last) is { } between)
                        {
                            namedSource = between;
                            k = segEnd;
                            continue;
                        }

                        if (seg < last && segEnd < last && _t[segEnd].Raw is "،" or "," && RelayInAttribution(seg, segEnd) is { } cited)
                        {
                            relay ??= cited;
                            k = segEnd;
                            continue;
                        }

                        if (seg < last && segEnd < last && _t[segEnd].Raw is "،" or "," && IsRelativeClause(seg))
                        {
                            relay ??= RelayInClause(seg, segEnd, last);
                            k = segEnd;
                            continue;
                        }

                        if (segEnd < last && _t[segEnd].Raw is "،" or "," && IsAnonymityNote(seg, segEnd))
                        {
                            anonymous = true;
                            k = segEnd;
                            continue;
                        }

                        if (segEnd < last && _t[segEnd].Raw is "،" or "," && apposition is null && seg < last && ArabicLexicon.IsTitle(_t[seg].Fold)
                            && !_t[seg].Fold.StartsWith('و') && ArabicSpeakers.Build(doc, s0, s1) is { Kind: ActorKind.Person, Role: not null }
                            && Enumerable.Range(seg, segEnd - seg).All(x => ArabicLexicon.Lookup(_t[x].Fold) is null))
                        {
                            // "رأى الخبير ماجد فرغلي، مدير مركز الدلتا، أن": a title after the named subject describes him.
                            k = segEnd;
                            continue;
                        }

                        if (segEnd < last && _t[segEnd].Raw is "،" or "," && seg < last && _t[seg].Fold is "وهو" or "وهي" or "وهم" or "وهما")
                        {
                            // "، وهو مسؤول في البلدية،": a description of the speaker, not his name.
                            k = segEnd;
                            continue;
                        }

                        // «...»، قالت المسؤولة في الجمعية، سلمى عودة.: after a quotation the name may close the sentence.
                        if (segEnd < last && (_t[segEnd].Raw is "،" or "," || quotedBefore && _t[segEnd].Raw == "." || IsColonBeforeSpeech(segEnd, last)) && apposition is null
                            && !ArabicLexicon.ObjectNouns.Contains(_t[seg].Fold) && IsApposedNameSegment(seg, segEnd))
                        {
                            apposition = ApposedName(seg, segEnd);
                            k = segEnd;
                            continue;
                        }

                        break;
                    }

                    if (_t[k].IsWord && ArabicLexicon.Audiences.Contains(_t[k].Fold))
                    {
                        k++;
                        continue;
                    }

                    if (_t[k].IsWord && IsAdverbial(k))
                    {
                        var occasion0 = k;
                        sameOccasion |= IsSameOccasion(k, last);
                        k = _t[k].Fold == "في" && (r.Stance is Stance.Denies or Stance.Confirms || TakesObject(v)) ? OccasionBeforeObject(k, last) : SkipAdverbial(k, last);
                        if (relay is null && OccasionOutlet(occasion0, last) is { } interview)
                        {
                            // في مقابلة مع صحيفة «الوطن» / في حديث إلى قناة X: the outlet spoken to.
                            (relay, k) = (interview.Outlet, Math.Max(k, interview.End));
                        }

                        continue;
                    }

                    if (IsRelayWord(k, last))
                    {
                        var r0 = k;
                        k = RelayEnd(k + 1, last);
                        relay = RelayPhrase(r0, k);
                        continue;
                    }

                    break;
                }

                speaker = ArabicSpeakers.Build(doc, s0, s1, apposition, anonymous);
                if (issuerAt > s0 && issuerAt < s1 && apposition is null && WithAttachedLam(issuerAt, s1) is { } issuer)
                    speaker = IssuerNamed(issuerAt, issuer);
                if (voice is not null && speaker is not null)
                    speaker = voice;
                if (relay is null && sameOccasion && speaker is not null)
                    relay = RelayOfEarlierWords(speaker);
                if (speaker is not null && (IsDocumentBackReference(speaker) || IsHonorificPronoun(speaker)))
                    speaker = null;
                if (speaker is not null && SourceAfterNaqlan(ref k, last) is { } source)
                    (relay, speaker) = (speaker, source);
                else if (speaker is not null && namedSource is not null)
                    (relay, speaker) = (speaker, namedSource);
            }
            else if (k < last && IsRelayWord(k, last))
            {
                var r0 = k;
                k = RelayEnd(k + 1, last);
                relay = RelayPhrase(r0, k);
            }
        }

        else if (r.Shape == VerbShape.Plural && k < last && IsRelayWord(k, last))
        {
            // شهود عيان قالوا لإذاعة X: the subject came first, the outlet follows the verb.
            var r0 = k;
            k = RelayEnd(k + 1, last);
            relay = RelayPhrase(r0, k);
        }

        if (r.Shape == VerbShape.Relay && speaker is null && k < last && IsSourcePreposition(v, k)
            && SubjectAfterContrast(v, _sentenceFirst) is var o0 and >= 0 && ArabicSpeakers.Build(doc, o0, v) is { } outletFirst)
        {
            // لكن صحيفة X نقلت عن Y أن ...: the outlet came before the verb.
            speaker = outletFirst;
            start = o0;
        }

        if (r.Shape == VerbShape.Relay)
        {
            // نقلت وكالة X عن Y قوله إن ...: X relays, Y speaks.
            if (k < last && IsSourcePreposition(v, k))
            {
                // ونُقل عن الوزير قوله: passive, or the subject left out; the one quoted speaks, with no outlet named.
                relay = speaker;
                var s0 = k + 1;
                k = s0;
                var anon = false;
                k = SubjectEnd(k, last, ref anon);
                var s1 = k;
                var named = Apposition(ref k, last);
                speaker = ArabicSpeakers.Build(doc, s0, s1, named, anon);
                while (k < last && _t[k].Fold is "قوله" or "قولها" or "قولهم")
                    k++;
            }
            else
            {
                return -1;
            }
        }

        if (speaker is null && r.Shape == VerbShape.Verb && v > 0 && _t[v - 1].Raw is "،" or ","
            && SubjectAfterContrast(v, _sentenceFirst) is var a0 and >= 0 && ApposedSubjectBefore(v, a0) is { } apposed)
        {
            speaker = apposed;
            start = a0;
        }

        if (relay is null && speaker is not null && v > _sentenceFirst + 3 && IsSameOccasion(_sentenceFirst, v))
        {
            // "وفي المقابلة نفسها، قال الوزير": the occasion opening the sentence was named before.
            relay = RelayOfEarlierWords(speaker);
        }

        if (speaker is null && kana0 >= 0 && ArabicSpeakers.Build(doc, kana0, v - 1) is { } beforeQad)
        {
            // وكانت الهيئة قد أعلنت ...: the subject stands between كان and قد.
            speaker = beforeQad;
            start = kana0;
        }

        if (speaker is null && r.Shape == VerbShape.Verb && ApposedSubjectBeforeQad(v) is { } apposedBeforeQad)
            speaker = apposedBeforeQad;

        if (speaker is null && r.Shape is VerbShape.Verb or VerbShape.Plural or VerbShape.Relay && !AfterPronounConnective(v))
        {
            var b0 = SubjectBefore(v);
            if (b0 < v)
            {
                speaker = _t[b0].Fold.StartsWith("وال", StringComparison.Ordinal) ? WithoutAttachedWaw(b0, v) : ArabicSpeakers.Build(doc, b0, v);
                if (speaker is not null && (IsDocumentBackReference(speaker) || speaker.Phrase.Text.Length < 2))
                    speaker = null;
                else if (speaker is not null)
                    start = b0;
            }
        }

        // عزت ذلك إلى ...: the demonstrative and إلى come before what is said.
        if (k + 1 < last && IsDemonstrativeObject(k, last) && _t[k + 1].Fold == "الي" && ArabicLexicon.WithoutConjunction(_t[v].Fold) is "عزا" or "عزت" or "يعزو" or "تعزو")
            k += 2;
        while (k < last && (!_t[k].IsWord || ArabicLexicon.Complementizers.Contains(_t[k].Fold) || _t[k].Fold is "الي" or "علي" or "في" || IsMinBeforeComplementizer(k, last)
            || ArabicLexicon.Emphatics.Contains(_t[k].Fold) || _t[k].Fold == "من" && IsWarning(v) || _t[k].Fold is "قايلا" or "قايله" or "قايلين") && !IsSpeechOpen(k))
        {
            if (_t[k].Fold == "في" && !(k + 1 < last && (ArabicLexicon.IsOccasion(_t[k + 1].Fold) || _t[k + 1].Fold == "البيان")))
                break;
            if (_t[k].Fold == "في")
            {
                k = r.Stance is Stance.Denies or Stance.Confirms || TakesObject(v) ? OccasionBeforeObject(k, last) : SkipAdverbial(k, last);
                continue;
            }

            if (_t[k].Raw is "." or "؛")
                break;
            k++;
        }

        // حمّل X Y مسؤولية Z: holding responsible is a statement; حمل without مسؤولية is carrying.
        if (IsHoldingResponsible(v) && ResponsibilityAt(v, last) < 0)
            return -1;

        // جدد X مطالبته بـ ...: renewing is a demand only when a demand noun is what is renewed.
        if (ArabicLexicon.WithoutConjunction(_t[v].Fold) is "جدد" or "جددت" && !(k < last && ArabicLexicon.DemandNouns.Contains(_t[k].Fold)))
            return -1;

        if ((k >= last || _t[k].Raw is "." or "؛") && speaker is not null && r.Shape == VerbShape.Verb && QuoteEndingBefore(v) is { } said)
        {
            // «...»، قالت مرشحة المعارضة، ريم الحسيني، في مؤتمر صحفي.: the quotation before the verb is what was said.
            var (q0, q1) = (said.Open + 1, said.Close);
            var quoted = NewFinding(speaker, ContentStance(q0, q1) ?? r.Stance ?? Stance.Asserts, q0, q1, q0, q1);
            quoted.RelayedBy = relay;
            _found.Add(quoted);
            return Math.Max(k, v + 1);
        }

        if (k >= last)
            return -1;
        var (c0, c1, resume) = Content(k, last);
        if (c1 <= c0)
            return -1;
        if (ArabicLexicon.ContainsWithoutConjunction(ArabicLexicon.SpeechOnlyWithComplementizer, _t[v].Fold)
            && (!ReportedWordsAt(k) || ArabicLexicon.IsEvaluative(_t[v].Fold) && !IsSpeechOpen(k) && _t[k - 1].Fold == "علي"))
        {
            // رحّب X بالقرار، قائلاً إن ...: no statement, but X is the one the participle goes on with.
            _silent = speaker is null ? null : (speaker, relay, v);
            return -1;
        }

        if (speaker is null && _silent is { } silent && GoesOnFromSilent(silent.Verb, v))
            (speaker, relay) = (silent.Speaker, relay ?? silent.Relay);
        if (r.Stance == Stance.Denies && RefusesToSpeak(v, c0, c1))
            return resume;
        // اتهم X بنشر أخبار كاذبة: what an accusation names is not the accuser's denial.
        var stance = IsAccusation(v) ? Stance.Asserts : ContentStance(c0, c1) ?? DemandOr(r.Stance ?? Stance.Asserts, c0, c1);
        // وصف التقرير بأنه «منحاز»: describing what was said in discrediting words dismisses it.
        if (r.Stance is null && stance == Stance.Asserts && DiscreditedWithin(c0, c1))
            stance = Stance.Denies;

        // هدد بإضراب عام إذا لم تستجب الحكومة: a threat with a condition demands the condition.
        if (IsThreat(v) && stance == Stance.Asserts && HasUnlessClause(c0, c1))
            stance = Stance.Demands;
        if (GoesOnDenying(speaker, stance, c0, c1))
            stance = Stance.Denies;
        var evidenceStart = IsSpeechOpen(k) ? c0 : start;
        var finding = NewFinding(speaker, stance, evidenceStart, c1, c0, c1);
        finding.RelayedBy = relay ?? (speaker is null ? null : RelayOfReporter(speaker));

        // A participle restating the denial just made (مؤكدة أنها "لا أساس لها من الصحة") adds nothing.
        if (r.Shape == VerbShape.Participle && stance == Stance.Denies && _found.LastOrDefault()?.Stance == Stance.Denies && c1 - c0 <= 7)
            return resume;

        // نفى الأنباء، واصفاً إياها بأنها «محض شائعات»: describing what was just denied restates the denial.
        if (r.Shape == VerbShape.Participle && r.Stance is null && _found.Count > 0 && _found[^1].Stance == stance
            && _found[^1].Evidence.Start >= _t[_sentenceFirst].Start)
            return resume;
        _found.Add(finding);
        if (IsSpeechOpen(k) && doc.QuoteOpeningAt(k) is { } q)
            NestedAttributions(finding, q);
        return resume;
    }

    // Inside a quotation, "وحسب الأنباء الواردة أن ..." is someone else's words passed on by the speaker.
    private void NestedAttributions(Finding outer, QuotePair q)
    {
        for (var k = q.Open + 1; k < q.Close; k++)
        {
            if (!_t[k].IsWord || !ArabicLexicon.Attributions.Contains(ArabicLexicon.WithoutConjunction(_t[k].Fold)))
                continue;
            var before = _found.Count;
            Attribution(k, q.Close, outer);
            if (_found.Count > before)
            {
                var cut = k - 1;
                while (cut > q.Open && !_t[cut].IsWord)
                    cut--;
                if (cut > q.Open)
                {
                    outer.Evidence = new Phrase(doc.Slice(outer.Evidence.Start, _t[cut].End), outer.Evidence.Start, _t[cut].End);
                    outer.Content = outer.Evidence;
                }
            }

            return;
        }
    }

    private int SubjectEnd(int k, int last, ref bool anonymous)
    {
        var s0 = k;
        var words = 0;
        while (k < last && words < MaxSubjectWords)
        {
            var t = _t[k];
            if (t.Raw is "(" or "\"" or "«" && CloseOfShortMark(k, last) is { } close)
            {
                // Round 10: "نفت الشركة «أي تقصير»": marks after a definite noun, or opening with أي, hold the object, not a name.
                if (t.Raw != "(" && k > s0 && (_t[k - 1].IsDefinite || k + 1 < last && _t[k + 1].Fold == "اي"))
                    break;
                k = close + 1;
                words++;
                continue;
            }

            if (!t.IsWord)
                break;
            var fold = t.Fold;
            // Round 10: a lone بـ / لـ is a preposition (وطالبت الجمعية بـ«...»); a second name in marks after one already in the
            // subject (جمعية «أصدقاء البحر» البيئية شركة «نفط الخليج») opens the object.
            if (k > s0 && (fold.Length == 1 || !t.IsDefinite && k + 1 < last && _t[k + 1].Raw == "«" && SubjectHasMarks(s0, k)))
                break;
            if (k > s0 && UnnamedNoteEnd(k, last) > k)
            {
                anonymous = true;
                break;
            }

            // مصادر مطلعة على سير المفاوضات: على after "informed" belongs to the description of the source.
            if (ArabicLexicon.Complementizers.Contains(fold) || ArabicLexicon.SubjectStops.Contains(fold) && !(fold == "علي" && k > s0 && ArabicLexicon.Informed.Contains(_t[k - 1].Fold))
                || ArabicLexicon.Lookup(fold) is not null && k > s0
                || IsMinBeforeComplementizer(k, last) || ObjectAfterName(s0, k) || k > s0 && t.IsDefinite && ArabicLexicon.SpeechActs.Contains(fold)
                || k > s0 && fold is "هذه" or "هذا" or "ذلك" or "تلك" or "هولاء" or "ما" || k > s0 && ArabicLexicon.Audiences.Contains(fold) && (fold[0] == 'ل' || _t[k - 1].IsDefinite || _t[k - 1].Fold.EndsWith('ي')) || k > s0 && ArabicLexicon.Emphatics.Contains(fold))
                break;
            if (fold == "في" && k + 1 < last && (ArabicLexicon.IsOccasion(_t[k + 1].Fold) || _t[k + 1].Fold == "البيان"))
                break;
            if (k > s0 && ArabicLexicon.ObjectNouns.Contains(fold) && _t[k - 1].IsDefinite)
                break;
            // "نفى المرزوقي ارتكاب أي مخالفة": a bare verbal noun before أي opens the object, not more of the name.
            if (k > s0 && _t[k - 1].IsDefinite && !t.IsDefinite && k + 1 < last && _t[k + 1].Fold == "اي")
                break;
            if (IsRelayWord(k, last) || k > s0 && fold == "نقلا" && k + 1 < last && _t[k + 1].Fold == "عن")
                break;
            if (fold == "لم" && k + 1 < last && _t[k + 1].Fold.Length > 2 && _t[k + 1].Fold[1..].StartsWith("سم", StringComparison.Ordinal))
            {
                // مصادر لم تسمها الصحيفة: unnamed, relayed by the paper.
                anonymous = true;
                break;
            }

            if (k > s0 && fold.StartsWith("لل", StringComparison.Ordinal) && words == 1)
                break;
            if (k > s0 && ArabicLexicon.DemandNouns.Contains(fold))
                break;
            // الاتحاد العام للشغل: a لل-word past the second one is "of the", more of the name.
            if (k > s0 && t.IsDefinite && _t[k - 1].IsDefinite && !IsAdjective(fold) && !StartsTitled(s0) && !BeforeApposedName(k, last)
                && !(words >= 2 && fold.StartsWith("لل", StringComparison.Ordinal)))
                break;
            k++;
            words++;
        }

        return k;
    }

    private bool SubjectHasMarks(int s0, int k)
    {
        for (var x = s0; x < k; x++)
        {
            if (_t[x].Raw == "»")
                return true;
        }

        return false;
    }

    /// <summary>
    /// A note right after the subject that the speaker is not named, without commas around it: مصدر أمني لم يكشف عن
    /// اسمه، مسؤول طلب عدم الكشف عن هويته، ضابط رفض الكشف عن اسمه. Returns the index after it, or <paramref name="k"/>.
    /// </summary>
    private int UnnamedNoteEnd(int k, int last)
    {
        var m = k;
        if (_t[m].Fold == "لم")
        {
            m++;
            if (!(m < last && _t[m].Fold is "يكشف" or "تكشف" or "يذكر" or "تذكر" or "يفصح" or "تفصح" or "يشا" or "تشا" or "يرغب" or "ترغب"))
                return k;
            // لم يشأ الكشف عن اسمه: the verb of wanting takes the verbal noun.
            if (m + 1 < last && _t[m + 1].Fold is "الكشف" or "ذكر" or "الافصاح")
                m++;
        }
        else if (_t[m].Fold is "طلب" or "طلبت" or "فضل" or "فضلت" or "رفض" or "رفضت" or "اشترط" or "اشترطت")
        {
            m++;
            if (m < last && _t[m].Fold == "عدم")
                m++;
            if (!(m < last && _t[m].Fold is "الكشف" or "ذكر" or "الافصاح" or "نشر"))
                return k;
        }
        else
        {
            return k;
        }

        m++;
        if (m < last && _t[m].Fold == "عن")
            m++;
        return m < last && _t[m].Fold is "اسمه" or "اسمها" or "اسمهم" or "هويته" or "هويتها" or "هويتهم" ? m + 1 : k;
    }

    /// <summary>مصادر لم تسمها الصحيفة: the one who leaves the sources unnamed passes their words on.</summary>
    private SpeakerPhrase? UnnamingRelay(ref int k, int last)
    {
        if (!(k + 2 < last && _t[k].Fold == "لم" && _t[k + 1].Fold.Length > 2 && _t[k + 1].Fold[1..].StartsWith("سم", StringComparison.Ordinal)))
            return null;
        var r0 = k + 2;
        var r1 = r0;
        while (r1 < last && r1 - r0 < 3 && _t[r1].IsWord && !ArabicLexicon.Complementizers.Contains(_t[r1].Fold) && !IsAdverbial(r1))
            r1++;
        if (r1 == r0)
            return null;
        k = r1;
        var text = doc.Slice(_t[r0].Start, _t[r1 - 1].End);
        return new SpeakerPhrase(new Phrase(text, _t[r0].Start, _t[r1 - 1].End), text, null, ActorKind.MediaOutlet);
    }

    private int SubjectBefore(int v)
    {
        var k = v - 1;
        var words = 0;
        while (k >= 0 && words < 6)
        {
            var t = _t[k];
            if (t.IsWord)
            {
                if (ArabicLexicon.Complementizers.Contains(t.Fold) || t.Fold is "كما" or "فيما" or "بينما" or "حين" or "ثم" or "قد" or "وقد" or "فقد" or "لقد" or "حيث" or "لكن" or "ولكن"
                    || t.Fold is "اما" or "واما" // أما الوزير فأكد: the topic particle is no part of the subject (round 11)
                    || ArabicLexicon.Lookup(t.Fold) is not null || ArabicLexicon.Attributions.Contains(ArabicLexicon.WithoutConjunction(t.Fold)))
                    break;
                words++;
            }
            else if (t.Raw is not ("(" or ")" or "\"" or "«" or "»"))
            {
                break;
            }
            else if (doc.InSpeech(k) || doc.QuoteAt(k) is { } q && ArticleText.IsSpeech(q))
            {
                break;
            }

            k--;
        }

        return k + 1;
    }

    private (int Start, int End, int Resume) Content(int k, int last)
    {
        if (IsSpeechOpen(k) && doc.QuoteOpeningAt(k) is { } q)
        {
            var inner0 = q.Open + 1;
            var inner1 = q.Close;
            while (inner1 > inner0 && _t[inner1 - 1].Raw is "," or "،")
                inner1--;
            return (inner0, inner1, q.Close + 1);
        }

        var end = k;
        while (end < last && !IsClauseBreak(end, last))
        {
            if (IsSpeechOpen(end) && doc.QuoteOpeningAt(end) is { } inner)
                end = inner.Close;
            end++;
        }

        var c1 = end;
        while (c1 > k && !_t[c1 - 1].IsWord && !IsQuoteClose(c1 - 1) && _t[c1 - 1].Raw != ")")
            c1--;
        return (k, c1, end);
    }

    private bool IsClauseBreak(int k, int last)
    {
        var t = _t[k];
        if (t.Raw is "؛" or ";" or "." or "\n")
            return true;
        if (t.Raw is not ("،" or ",") || k + 1 >= last)
            return false;
        var n = _t[k + 1];
        if (!n.IsWord)
            return false;
        var fold = n.Fold;
        if (ArabicLexicon.Lookup(fold) is not null)
            return true;
        if (fold is "بينما" or "فيما" or "لكن" or "لكنه" or "لكنها" or "وهذا" or "مما" or "كما"
            || ArabicLexicon.Enumerators.Contains(ArabicLexicon.WithoutConjunction(fold)))
            return true;
        if (fold == "في" && k + 2 < last && _t[k + 2].Fold == "حين")
            return true;
        return ArabicLexicon.Attributions.Contains(ArabicLexicon.WithoutConjunction(fold));
    }

    private Stance? ContentStance(int c0, int c1)
    {
        var words = 0;
        for (var k = c0; k < c1; k++)
        {
            if (!_t[k].IsWord)
                continue;
            var fold = _t[k].Fold;
            var bare = ArabicLexicon.WithoutConjunction(fold);
            var opens = ArabicLexicon.DenialPhraseStarts.Contains(bare) || ArabicLexicon.DenialPhraseStarts.Contains(fold);
            foreach (var phrase in opens ? ArabicLexicon.DenialPhrases : [])
            {
                // The first word is the one most phrases fail on: compared once against the folded forms of k.
                if (phrase[0] != bare && phrase[0] != fold)
                    continue;
                var ok = true;
                var m = k + 1;
                foreach (var w in phrase.AsSpan(1))
                {
                    while (m < c1 && !_t[m].IsWord)
                        m++;
                    if (m >= c1 || ArabicLexicon.WithoutConjunction(_t[m].Fold) != w && _t[m].Fold != w)
                    {
                        ok = false;
                        break;
                    }

                    m++;
                }

                if (ok)
                    return Stance.Denies;
            }

            // The accusations as the subject of the reported words: among their first few words.
            if (words++ < 4 && ArabicLexicon.ContainsWithoutConjunction(ArabicLexicon.AccusationNouns, fold) && DiscreditedWithin(k + 1, c1))
                return Stance.Denies;
        }

        return null;
    }

    /// <summary>
    /// الاتهامات "جزء من حملة تضليل" / الاتهامات مسيسة: what is said of the accusations within a few words dismisses them. The
    /// accusations must be the subject: "الأنباء عن حملة تضليل" (reports about a campaign) is their topic, and "المزاعم
    /// المضللة" an adjective, so a topic preposition stops the look and a definite word right after the noun does not count.
    /// </summary>
    private bool DiscreditedWithin(int k, int c1)
    {
        for (var m = k; m < c1 && m < k + 7; m++)
        {
            if (!_t[m].IsWord)
                continue;
            var fold = _t[m].Fold;
            if (fold is "عن" or "حول" or "بشان" or "ضد")
                return false;
            if (ArabicLexicon.ContainsWithoutConjunction(ArabicLexicon.DiscreditingWords, fold) && !(m == k && _t[m].IsDefinite))
                return true;
        }

        return false;
    }

    /// <summary>Words a neutral verb reports that open with نطالب / ندعو / نناشد, or with ضرورة / وجوب (شدد على ضرورة), or that set a condition, demand.</summary>
    private Stance DemandOr(Stance stance, int c0, int c1)
    {
        if (stance is not (Stance.Asserts or Stance.Confirms))
            return stance;
        while (c0 < c1 && !_t[c0].IsWord)
            c0++;
        if (c0 >= c1)
            return stance;
        // أكد على ضرورة / أكد أنه لا بد من: stressing a necessity demands it; a condition needs a neutral verb.
        if (ArabicLexicon.NecessityNouns.Contains(_t[c0].Fold) || IsObligation(c0, c1))
            return Stance.Demands;
        return stance == Stance.Asserts && (ArabicLexicon.ContainsWithoutConjunction(ArabicLexicon.FirstPersonDemands, _t[c0].Fold) || IsConditional(c0, c1))
            ? Stance.Demands
            : stance;
    }

    private static Stance StanceOfNoun(string noun) => noun switch
    {
        "نفي" or "انكار" or "رفض" => Stance.Denies,
        "تاكيد" or "اعتراف" or "اقرار" => Stance.Confirms,
        _ => Stance.Asserts,
    };

    private Finding NewFinding(SpeakerPhrase? speaker, Stance stance, int e0, int e1, int c0, int c1) => new()
    {
        Speaker = speaker,
        Stance = stance,
        Evidence = Span(e0, e1),
        Content = Span(c0, c1),
    };

    private Phrase Span(int first, int end)
    {
        while (first < end && !_t[first].IsWord && !IsQuoteOpenForWord(first))
            first++;
        var start = _t[first].Start;
        var stop = _t[Math.Max(first, end - 1)].End;
        return new Phrase(doc.Slice(start, stop), start, stop);
    }

    private bool IsQuoteOpenForWord(int k) => _t[k].Raw is "\"" or "«" or "(" && doc.QuoteAt(k) is { } q && q.Open == k && !ArticleText.IsSpeech(q);

    // "«...»، قال" (v at the verb): the quotation of speech closing right before it, with or without a comma.
    private Text.QuotePair? QuoteEndingBefore(int v)
    {
        var j = v - 1;
        if (j >= 0 && _t[j].Raw is "،" or ",")
            j--;
        return j >= 0 && IsQuoteClose(j) && doc.QuoteAt(j) is { } q && ArticleText.IsSpeech(q) ? q : null;
    }

    private bool IsQuoteClose(int k) => _t[k].Raw is "\"" or "»" or "”" && doc.QuoteAt(k) is { } q && q.Close == k;

    private bool IsSpeechOpen(int k) => k < _t.Count && doc.QuoteOpeningAt(k) is { } q && ArticleText.IsSpeech(q);

    private int? CloseOfShortMark(int k, int last)
    {
        var close = _t[k].Raw switch { "(" => ")", "«" => "»", _ => "\"" };
        for (var m = k + 1; m < last && m <= k + 5; m++)
            if (_t[m].Raw == close)
                return m;
        return null;
    }

    private bool IsAdverbial(int k)
    {
        var fold = _t[k].Fold;
        if (fold is "خلال" or "عقب" or "اثناء" or "مساء" or "صباح" or "ظهر" or "امس" or "اليوم" or "يوم" or "ليل" or "ليله" or "فجر" or "بعد" or "قبل"
            or "الاثنين" or "الثلاثاء" or "الاربعاء" or "الخميس" or "الجمعه" or "السبت" or "الاحد")
            return true;
        // عبر حسابه / على صفحته في فيسبوك: the channel, not the content.
        if (fold == "عبر"
            || fold == "علي" && k + 1 < _t.Count && ArabicLexicon.IsChannel(_t[k + 1].Fold))
            return true;
        return fold == "في" && k + 1 < _t.Count && (ArabicLexicon.IsOccasion(_t[k + 1].Fold) || _t[k + 1].Fold == "البيان");
    }

    // "المدير التنفيذي للشركة، طارق الزين،": a لل- word closing the title just before the apposed name belongs to the title.
    private bool BeforeApposedName(int k, int last) =>
        _t[k].Fold.StartsWith("لل", StringComparison.Ordinal) && k + 1 < last && _t[k + 1].Raw is "،" or ",";

    /// <summary>
    /// "نفت الشرطة في بيان استخدام أي غاز": after a denial or confirmation an occasion with no أن to come is
    /// followed by the object itself; it ends after the occasion noun and its adjectives (k at في).
    /// </summary>
    private int OccasionBeforeObject(int k, int last)
    {
        var end = SkipAdverbial(k, last);
        if (end < last && (_t[end].IsWord || _t[end].Raw is not ("،" or "," or "." or "؛")))
            return end;
        var e = k + 2;
        while (e < end && (IsAdjective(_t[e].Fold) || _t[e].Fold is "له" or "لها" or "لهم"))
            e++;
        return e < end ? e : end;
    }

    private int SkipAdverbial(int k, int last)
    {
        k++;
        while (k < last && _t[k].IsWord && !ArabicLexicon.Complementizers.Contains(_t[k].Fold) && !IsRelayWord(k, last))
            k++;
        return k;
    }

    private bool IsAnonymityNote(int seg, int segEnd)
    {
        var text = string.Join(' ', Enumerable.Range(seg, segEnd - seg).Select(x => _t[x].Fold));
        return text.Contains("اسمه", StringComparison.Ordinal) || text.Contains("اسمها", StringComparison.Ordinal)
            || text.Contains("هويته", StringComparison.Ordinal) || text.Contains("هويتها", StringComparison.Ordinal)
            || text.Contains("هوياتهم", StringComparison.Ordinal) || text.Contains("اسماءهم", StringComparison.Ordinal)
            || text.Contains("اسمايهم", StringComparison.Ordinal);
    }

    /// <summary>ل + an outlet (لوكالة، لموقع، لبلدي نيوز) or the publisher's name: the words were said to it.</summary>
    private bool IsRelayWord(int k, int last)
    {
        var t = _t[k];
        if (IsLamBeforeMarkedName(k, last))
            return true;
        if (!t.IsWord || t.Fold.Length < 3 || t.Fold[0] != 'ل' || t.Fold is "لكن" or "لكنه" or "لكنها" or "لان" or "لانه" or "لانها")
            return false;
        // لوكالة: Stem would read the و of وكالة as a conjunction, so the bare word is tried first.
        var stem = ArabicSpeakers.Stem(t.Fold[1..]);
        if (ArabicLexicon.OutletWords.Contains(t.Fold[1..]) || ArabicLexicon.OutletWords.Contains(stem) || ArabicLexicon.OutletWords.Contains(ArabicSpeakers.Stem(t.Fold)))
            return true;
        var end = k + 1;
        while (end < last && end < k + 4 && _t[end].IsWord && !ArabicLexicon.Complementizers.Contains(_t[end].Fold))
        {
            if (ArabicLexicon.IsOutletWord(_t[end].Fold))
                return true;
            end++;
        }

        if (publisherKey is null)
            return false;
        for (var e = k + 1; e <= Math.Min(last, k + 4); e++)
        {
            var words = Enumerable.Range(k, e - k).Where(x => _t[x].IsWord).Select(x => x == k ? _t[x].Raw[1..] : _t[x].Raw);
            if (Core.Text.TextNormalizer.Key(string.Join(' ', words)) == publisherKey)
                return true;
        }

        return false;
    }

    private SpeakerPhrase? RelayPhrase(int r0, int r1)
    {
        var start = _t[r0].Fold == "ل" && r0 + 1 < r1 ? _t[r0 + 1].Start : _t[r0].Start + 1;
        var end = _t[r1 - 1].End;
        var outlet = Outlet(start, end, r1);
        // للقناة is ل + القناة with the article's alef dropped.
        return outlet is not null && _t[r0].Fold.StartsWith("لل", StringComparison.Ordinal) && outlet.Name == outlet.Phrase.Text
            ? outlet with { Name = "ا" + outlet.Name }
            : outlet;
    }

    /// <summary>مراسل شبكة الفرات: an unnamed reporter's words come through the outlet named after him.</summary>
    private static SpeakerPhrase? RelayOfReporter(SpeakerPhrase speaker)
    {
        var words = speaker.Phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || Tokenizer.Fold(words[0]) is not ("مراسل" or "مراسله" or "المراسل"))
            return null;
        var offset = speaker.Phrase.Text.IndexOf(' ', StringComparison.Ordinal) + 1;
        var text = speaker.Phrase.Text[offset..];
        return new SpeakerPhrase(new Phrase(text, speaker.Phrase.Start + offset, speaker.Phrase.End), MarkedOutletName(text), null, ActorKind.MediaOutlet);
    }

    private static bool IsDocumentBackReference(SpeakerPhrase speaker) =>
        ArabicLexicon.DocumentNouns.Contains(Tokenizer.Fold(speaker.Phrase.Text));

    private static bool IsAdjective(string fold)
    {
        var s = ArabicSpeakers.Stem(fold);
        if (s.Length < 3)
            return false;
        return s.EndsWith('ي') || s.EndsWith("يه", StringComparison.Ordinal) || s.EndsWith("يين", StringComparison.Ordinal)
            || s.EndsWith("يون", StringComparison.Ordinal) || s[0] == 'م' || s.Length >= 4 && s[1] == 'ا' || ArabicLexicon.ShortAdjectives.Contains(s);
    }

    private bool StartsTitled(int s0) => ArabicLexicon.IsTitle(_t[s0].Fold);

    private int ClauseStartBefore(int i)
    {
        var k = i - 1;
        while (k >= 0 && !(_t[k].Raw is "." or "؛" or "\n") && !_found.Any(f => f.Evidence.End > _t[k].Start && f.Evidence.Start <= _t[k].Start))
            k--;
        return k + 1;
    }

    private bool IsMinBeforeComplementizer(int k, int last) =>
        k + 1 < last && _t[k].Fold == "من" && ArabicLexicon.Complementizers.Contains(_t[k + 1].Fold);

    private bool IsWordAt(int k, string fold, int last) => k < last && _t[k].IsWord && _t[k].Fold == fold;

    private int NextWord(int k, int last)
    {
        while (k < last && !_t[k].IsWord)
            k++;
        return k;
    }
}
