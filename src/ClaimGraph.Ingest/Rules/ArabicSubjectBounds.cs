using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Where an Arabic subject ends when its object follows it without a break: a named person's object after
/// "first name + surname" (اتهم رئيس النادي خالد النجار الحكمَ بـ)، a surname already met in the article
/// (وطالب العبادلة الكتلَ)، the one a demand is made of (دعا الرئيس المعارضةَ إلى)، a demand's ب-object right
/// after the verb (طالبت بالسجن); and the subject of "كان X قد + verb", which stands before the verb.
/// </summary>
internal sealed partial class ArabicRules
{
    /// <summary>Words that are part of a name and take a definite word after them (عبد الرحمن، أبو الفضل).</summary>
    private static readonly HashSet<string> NameLinks = ["عبد", "ابو", "ام", "بن", "ابن", "بنت", "ذو", "اب"];

    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);
    private int _surnamesSeen;

    /// <summary>
    /// In a titled subject, the name is a bare first name after a definite word (رئيس نادي الوحدة خالد النجار); a
    /// definite word after "first name + definite surname" opens the object (k at that word).
    /// </summary>
    private bool ObjectAfterName(int s0, int k)
    {
        if (k - s0 < 3 || !_t[k].IsDefinite || !_t[k - 1].IsDefinite || !StartsTitled(s0) || IsAdjective(_t[k].Fold)
            || ArabicLexicon.Titles.Contains(_t[k].Fold))
            return false;
        var first = _t[k - 2];
        return first.IsWord && !first.IsDefinite && !NameLinks.Contains(first.Fold) && !ArabicLexicon.Titles.Contains(first.Fold)
            && first.Fold is not ("باسم" or "في" or "من" or "عن" or "مع" or "لدي" or "لشوون" or "لشيون")
            && ArabicSpeakers.KindOf(ArabicSpeakers.Stem(first.Fold)) is null && _t[k - 3].IsWord && _t[k - 3].IsDefinite;
    }

    /// <summary>"وطالب العبادلة الكتل النيابية": a lone surname of a person already speaking ends the subject (s1 when not).</summary>
    private int AfterKnownSurname(int s0, int s1)
    {
        if (s1 - s0 < 2 || !_t[s0 + 1].IsWord || !_t[s0 + 1].IsDefinite)
            return s1;
        // ودعا زروقي السكان: a surname without ال ends the subject only before those called on or an object noun.
        if (!_t[s0].IsDefinite && !ArabicLexicon.Addressees.Contains(ArabicSpeakers.Stem(_t[s0 + 1].Fold)) && !ArabicLexicon.ObjectNouns.Contains(_t[s0 + 1].Fold))
            return s1;
        // The surnames of the people found so far, folded once each (findings are only appended or cut from the end).
        if (_surnamesSeen > _found.Count)
            _surnamesSeen = _found.Count;
        for (; _surnamesSeen < _found.Count; _surnamesSeen++)
        {
            if (_found[_surnamesSeen].Speaker is not { Kind: ActorKind.Person } p)
                continue;
            var name = p.Name.AsSpan().Trim();
            var space = name.LastIndexOf(' ');
            if (space > 0)
                _surnames.Add(Tokenizer.Fold(name[(space + 1)..].ToString()));
        }

        return _surnames.Contains(_t[s0].Fold) ? s0 + 1 : s1;
    }

    /// <summary>طالبت بالسجن / دعت إلى / طالب بإجراء: the demand's object right after the verb, so the subject is not there.</summary>
    private bool DemandObjectAt(int k, Reporting r)
    {
        if (r.Stance != Stance.Demands || !_t[k].IsWord)
            return false;
        var w = ArabicLexicon.WithoutConjunction(_t[k].Fold);
        return w.Length >= 5 && w[0] == 'ب' && (w.StartsWith("بال", StringComparison.Ordinal) || IsVerbalNoun(w[1..]) || ArabicLexicon.DemandObjects.Contains(w[1..]));
    }

    /// <summary>دعا الرئيس المعارضةَ إلى: a definite word that names those called on, after a definite word of the subject.</summary>
    private int AddresseeStart(int s0, int s1)
    {
        for (var k = s0 + 1; k < s1; k++)
        {
            // The addressee is definite (السلطات) or the head of a construct with a definite word (إدارة المصنع).
            var definite = _t[k].IsDefinite || k + 1 < s1 && _t[k + 1].IsDefinite;
            // للمزارعين is "of the farmers", part of the name; the one called on takes no ل.
            // وسائل الإعلام as written: Stem would take its و for a conjunction.
            if (definite && _t[k - 1].IsDefinite && _t[k].Fold[0] != 'ل'
                && (ArabicLexicon.Addressees.Contains(ArabicSpeakers.Stem(_t[k].Fold)) || !_t[k].IsDefinite && ArabicLexicon.Addressees.Contains(_t[k].Fold)))
                return k;
        }

        return s1;
    }

    /// <summary>
    /// "وكانت النيابة العامة قد طالبت" (v at the verb, right after قد): the subject between كان and قد, or -1.
    /// </summary>
    private int SubjectBeforeQad(int v)
    {
        if (v < 2 || _t[v - 1].Fold != "قد")
            return -1;
        for (var k = v - 2; k >= 0 && k >= v - 9; k--)
        {
            var t = _t[k];
            if (!t.IsWord)
                return -1;
            if (ArabicLexicon.WithoutConjunction(t.Fold) is "كان" or "كانت" or "كانوا")
                return k + 1 < v - 1 ? k + 1 : -1;
            if (ArabicLexicon.Complementizers.Contains(t.Fold) || ArabicLexicon.Lookup(t.Fold) is not null)
                return -1;
        }

        return -1;
    }

    /// <summary>
    /// "وكان النائب عن الكتلة، المحامي سامر الحداد، قد اتهم" (v at the verb after قد): the subject between كان and the
    /// first comma with the name apposed to it, or null.
    /// </summary>
    private SpeakerPhrase? ApposedSubjectBeforeQad(int v)
    {
        if (v < 6 || _t[v - 1].Fold != "قد" || _t[v - 2].Raw is not ("،" or ","))
            return null;
        var segEnd = v - 2;
        var seg = segEnd - 1;
        while (seg > 0 && _t[seg - 1].IsWord && segEnd - seg < 8)
            seg--;
        if (seg < 2 || _t[seg - 1].Raw is not ("،" or ",") || !IsApposedNameSegment(seg, segEnd) || IsRelativeClause(seg) || IsAdverbial(seg))
            return null;
        var s1 = seg - 1;
        for (var k = s1 - 1; k >= 0 && k >= s1 - 9; k--)
        {
            var t = _t[k];
            if (!t.IsWord)
                return null;
            if (ArabicLexicon.WithoutConjunction(t.Fold) is "كان" or "كانت")
                return k + 1 < s1 ? ArabicSpeakers.Build(doc, k + 1, s1, ApposedName(seg, segEnd)) : null;
            if (ArabicLexicon.Complementizers.Contains(t.Fold) || ArabicLexicon.Lookup(t.Fold) is not null)
                return null;
        }

        return null;
    }

    /// <summary>رفض الخوض في التفاصيل / رافضاً التعليق: declining to speak denies nothing (v at the verb, c0 at its object).</summary>
    private bool RefusesToSpeak(int v, int c0, int c1)
    {
        var verb = ArabicLexicon.WithoutConjunction(_t[v].Fold);
        if (!(verb.StartsWith("رفض", StringComparison.Ordinal) || verb.StartsWith("يرفض", StringComparison.Ordinal) || verb.StartsWith("ترفض", StringComparison.Ordinal)
            || verb.StartsWith("رافض", StringComparison.Ordinal)))
            return false;
        while (c0 < c1 && !_t[c0].IsWord)
            c0++;
        return c0 < c1 && ArabicLexicon.SpeechActs.Contains(_t[c0].Fold);
    }

    private int RelayWordWithin(int from, int to, int last)
    {
        for (var m = from; m < to; m++)
        {
            if (IsRelayWord(m, last))
                return m;
        }

        return -1;
    }

    /// <summary>حذّر / حذّرت / يحذر / محذّراً: a warning, whose object follows من.</summary>
    private bool IsWarning(int v)
    {
        var verb = ArabicLexicon.WithoutConjunction(_t[v].Fold);
        return verb is "حذر" or "حذرت" or "يحذر" or "تحذر" or "حذروا" or "يحذرون" or "محذرا" or "محذره" or "محذرين";
    }

    /// <summary>"حذرت منظمة الصحة من تفشي الوباء": من ends the subject of a warning (s1 when it is not there).</summary>
    private int WarnedOfStart(int s0, int s1)
    {
        for (var k = s0 + 1; k < s1; k++)
        {
            if (_t[k].Fold == "من")
                return k;
        }

        return s1;
    }

    /// <summary>أعلن / كشف / أكد + a direct object after an occasion (أعلن الجيش في بيان مقتل ...): the object is the content.</summary>
    private bool TakesObject(int v) =>
        ArabicLexicon.WithoutConjunction(_t[v].Fold) is "اعلن" or "اعلنت" or "يعلن" or "تعلن" or "اعلنوا" or "كشف" or "كشفت" or "يكشف" or "تكشف";

    /// <summary>"في مقابلة مع صحيفة «الوطن»" (a0 at في): the outlet spoken to and the index after it, or null.</summary>
    private (SpeakerPhrase Outlet, int End)? OccasionOutlet(int a0, int last)
    {
        if (_t[a0].Fold != "في")
            return null;
        for (var m = a0 + 2; m + 1 < last && m < a0 + 5; m++)
        {
            if (!_t[m].IsWord)
                return null;
            if (_t[m].Fold is not ("مع" or "الي") && !IsRelayingVerb(_t[m].Fold) || !ArabicLexicon.IsOutletWord(_t[m + 1].Fold))
                continue;
            var r1 = RelayEnd(m + 1, last);
            return r1 > m + 1 && Outlet(_t[m + 1].Start, _t[r1 - 1].End, r1) is { } outlet ? (outlet, r1) : null;
        }

        return null;
    }

    /// <summary>تعهّد / تعهدت ... بـ: a pledge, whose object follows ب like a demand's.</summary>
    private bool IsPledge(int v) =>
        ArabicLexicon.WithoutConjunction(_t[v].Fold) is "تعهد" or "تعهدت" or "يتعهد" or "تتعهد" or "تعهدوا" or "يتعهدون" || IsThreat(v);

    /// <summary>هدّد / لوّح بـ: a threat, whose object follows ب.</summary>
    private bool IsThreat(int v) =>
        ArabicLexicon.WithoutConjunction(_t[v].Fold) is "هدد" or "هددت" or "يهدد" or "تهدد" or "هددوا" or "مهددا" or "مهدده" or "ملوحا" or "ملوحه" or "ملوحين";

    /// <summary>إذا لم / إن لم / ما لم within the words: a condition.</summary>
    private bool HasUnlessClause(int c0, int c1)
    {
        for (var k = c0; k + 1 < c1; k++)
        {
            if (_t[k].Fold is "اذا" or "ان" or "ما" && _t[k + 1].Fold == "لم")
                return true;
        }

        return false;
    }

    /// <summary>نقلت X عن Y / نسبت X إلى Y (k after the relaying subject): the preposition before the one who spoke.</summary>
    private bool IsSourcePreposition(int v, int k) =>
        _t[k].Fold == "عن" || _t[k].Fold == "الي" && ArabicLexicon.WithoutConjunction(_t[v].Fold) is "نسب" or "نسبت" or "ينسب" or "تنسب";

    /// <summary>"أعلنت وزارة الصحة تسجيل خمس وفيات": a bare verbal noun after a definite word opens what is announced (s1 when none).</summary>
    private int AnnouncedObjectStart(int s0, int s1)
    {
        for (var k = s0 + 1; k < s1; k++)
        {
            var fold = _t[k].Fold;
            if (_t[k - 1].IsDefinite && !_t[k].IsDefinite && (IsVerbalNoun(fold) || ArabicLexicon.DemandObjects.Contains(fold) || ArabicLexicon.AnnouncedObjects.Contains(fold)))
                return k;
        }

        return s1;
    }

    /// <summary>بيان للوزارة / تقرير لمنظمة العفو (s0 at the document): the index of the ل-word naming its issuer, or -1.</summary>
    private int IssuerOfDocument(int s0, int s1)
    {
        if (s1 - s0 < 2 || _t[s0].IsDefinite || !ArabicLexicon.IsOccasion(_t[s0].Fold) && ArabicSpeakers.Stem(_t[s0].Fold) != "دراسه")
            return -1;
        var next = _t[s0 + 1];
        // بيان صادر عن الهيئة: the body after صادر عن issued it.
        if (next.Fold is "صادر" or "صادره" && s0 + 3 < s1 && _t[s0 + 2].Fold == "عن")
            return s0 + 3;
        return next.IsWord && next.Fold.Length > 3 && next.Fold[0] == 'ل' ? s0 + 1 : -1;
    }

    /// <summary>Whether the content at k is reported words: opened by أن/إن, a colon, a quotation, or على (شدد على).</summary>
    private bool ReportedWordsAt(int k)
    {
        if (IsSpeechOpen(k))
            return true;
        for (var m = k - 1; m >= 0 && m >= k - 3; m--)
        {
            if (_t[m].Raw == ":" || _t[m].IsWord && (ArabicLexicon.Complementizers.Contains(_t[m].Fold) || _t[m].Fold == "علي"))
                return true;
            if (_t[m].IsWord)
                return false;
        }

        return false;
    }

    private bool IsAccusation(int v) =>
        ArabicLexicon.WithoutConjunction(_t[v].Fold) is "اتهم" or "اتهمت" or "يتهم" or "تتهم" or "اتهموا" or "يتهمون" or "متهما" or "متهمه" or "متهمين";

    private bool IsHoldingResponsible(int v) =>
        ArabicLexicon.WithoutConjunction(_t[v].Fold) is "حمل" or "حملت" or "يحمل" or "تحمل" or "حملوا" or "يحملون";

    /// <summary>The index of مسؤولية within a few words after the verb (v), or -1.</summary>
    private int ResponsibilityAt(int v, int last)
    {
        for (var k = v + 1; k < last && k <= v + 10; k++)
        {
            if (_t[k].Raw is "." or "؛" or "،")
                return -1;
            if (ArabicLexicon.WithoutConjunction(_t[k].Fold) is "مسووليه" or "المسووليه")
                return k;
        }

        return -1;
    }

    private const int MaxSilentGap = 40;

    /// <summary>
    /// Whether a clause with no subject at v goes on from the subject of an attitude verb at silentVerb (رحّبت النقابة بالخطة.
    /// وأشارت إلى أن ...): close behind it, in the same paragraph, with no statement found in between.
    /// </summary>
    private bool GoesOnFromSilent(int silentVerb, int v)
    {
        if (v <= silentVerb || v - silentVerb > MaxSilentGap || _found.Count > 0 && _found[^1].Evidence.Start > _t[silentVerb].Start)
            return false;
        for (var k = silentVerb + 1; k < v; k++)
        {
            if (_t[k].Raw == "\n")
                return false;
        }

        return true;
    }

    /// <summary>
    /// The start of the definite noun phrase (head + adjectives) ending right before <paramref name="end"/>: the one held
    /// responsible or accused (حمّل الوزير الشركةَ المشغلة مسؤولية). Never the subject's first word.
    /// </summary>
    private int NounPhraseStartBefore(int s0, int end)
    {
        var o = end - 1;
        while (o - 1 > s0 && _t[o].IsDefinite && IsAdjective(_t[o].Fold) && _t[o - 1].IsDefinite)
            o--;
        return o > s0 && _t[o].IsDefinite ? o : end;
    }

    /// <summary>اتهم X Y بنشر ... (within the subject span): the ب-word naming the charge, or -1.</summary>
    private int AccusedOfAt(int s0, int s1)
    {
        for (var k = s0 + 2; k < s1; k++)
        {
            var w = _t[k].Fold;
            // بـ«احتكار السوق»: the ب written alone before the charge in marks.
            if (_t[k - 1].IsDefinite && (w.Length >= 4 && w[0] == 'ب' && !_t[k].IsDefinite || w == "ب" && k + 1 < _t.Count && _t[k + 1].Raw is "«" or "\""))
                return k;
        }

        return -1;
    }

    /// <summary>"وأكد من جهته أن" / "وقال بدوره إن" (k after the verb): "for his part" is no subject; returns the index after it.</summary>
    private int AfterForHisPart(int k, int last)
    {
        if (k + 1 < last && _t[k].Fold == "من" && _t[k + 1].Fold is "جهته" or "جهتها" or "جهتهم" or "جانبه" or "جانبها" or "جانبهم")
            return k + 2;
        return k < last && _t[k].Fold is "بدوره" or "بدورها" or "بدورهم" ? k + 1 : k;
    }

    private const int MaxFrontedSubjectWords = 6;

    /// <summary>
    /// "المتحدث باسم الجيش قال في بيان إن ..." (v at the verb): a short subject opening the sentence before the verb, and the
    /// reported words (أن، a colon, a quotation, an occasion or an outlet) right after it.
    /// </summary>
    private bool SubjectOpensSentence(int v, int first)
    {
        if (v - first < 1 || v - first > MaxFrontedSubjectWords || v + 1 >= _t.Count)
            return false;
        var head = _t[first];
        if (!head.IsWord || !(head.IsDefinite || ArabicLexicon.IsTitle(head.Fold) || ArabicLexicon.ContainsWithoutConjunction(ArabicLexicon.AnonymousHeads, head.Fold)))
            return false;
        for (var k = first; k < v; k++)
        {
            var t = _t[k];
            if (!t.IsWord && t.Raw is not ("«" or "»" or "\"" or "(" or ")") || t.IsWord && (ArabicLexicon.Complementizers.Contains(t.Fold)
                || ArabicLexicon.Lookup(t.Fold) is not null || IsRelativeClause(k) || ArabicLexicon.SubjectStops.Contains(t.Fold)))
                return false;
        }

        var next = v + 1;
        return _t[next].Raw == ":" || IsSpeechOpen(next) || _t[next].IsWord && (ArabicLexicon.Complementizers.Contains(_t[next].Fold) || IsAdverbial(next));
    }

    /// <summary>"والحكومة أكدت": the subject without the conjunction attached to its first word (read shortened, then restored).</summary>
    private SpeakerPhrase? WithoutAttachedWaw(int s0, int s1)
    {
        var token = _t[s0];
        var cut = 1;
        while (cut < token.Raw.Length && char.GetUnicodeCategory(token.Raw[cut]) == System.Globalization.UnicodeCategory.NonSpacingMark)
            cut++;
        if (cut >= token.Raw.Length)
            return ArabicSpeakers.Build(doc, s0, s1);
        _t[s0] = token with { Start = token.Start + cut, Raw = token.Raw[cut..], Fold = token.Fold[1..] };
        try
        {
            return ArabicSpeakers.Build(doc, s0, s1);
        }
        finally
        {
            _t[s0] = token;
        }
    }
}
