using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Arabic relay frames: an outlet named in «» (لصحيفة «الوطن»)، a relay after an apposition (قال X، العقيد Y،
/// لوكالة Z:)، "أفادت قناة X نقلاً عن Y"، "وفقاً لما نقلته قناة X عن Y"، a relative clause on the subject
/// (المصادر نفسها، التي تحدثت للقناة،) and a speech verb after لكنه (the same speaker goes on).
/// Every look-ahead is bounded.
/// </summary>
internal sealed partial class ArabicRules
{
    private const int MaxRelayWords = 6;

    /// <summary>The end of a relay phrase starting at <paramref name="k"/>: its words and at most one short «name».</summary>
    private int RelayEnd(int k, int last)
    {
        var start = k;
        while (k < last && k - start < MaxRelayWords + 2)
        {
            if (_t[k].Raw is "«" or "\"" && CloseOfShortMark(k, last) is { } close)
            {
                k = close + 1;
                continue;
            }

            if (!_t[k].IsWord || ArabicLexicon.Complementizers.Contains(_t[k].Fold) || _t[k].Fold is "عن" or "نقلا")
                break;
            if (k > start && (IsAdverbial(k) || ArabicLexicon.SubjectStops.Contains(_t[k].Fold)))
                break;
            // "في تصريح للوكالة على هامش زيارة": the outlet word itself was the name; the occasion follows it.
            if (k == start && k > 0 && _t[k - 1].IsWord && _t[k].Fold is "علي" or "خلال" or "اثناء" or "عقب" or "منذ" or "عبر" or "حول" or "بشان" or "الي" or "امام")
                break;
            k++;
        }

        return k;
    }

    /// <summary>
    /// Round 10: "، في تصريح للوكالة على هامش زيارة ميدانية إلى صفاقس يوم الخميس، بأن": the rest of the occasion after the
    /// outlet runs to the comma that closes it (k at that comma), when no complementizer or quotation comes first.
    /// </summary>
    private int OccasionRestEnd(int k, int last)
    {
        if (k >= last || !_t[k].IsWord || !IsAdverbial(k) && !ArabicLexicon.SubjectStops.Contains(_t[k].Fold))
            return k;
        var c = k;
        while (c < last && c - k < 12 && _t[c].IsWord && !ArabicLexicon.Complementizers.Contains(_t[c].Fold) && ArabicLexicon.Lookup(_t[c].Fold) is null)
            c++;
        return c < last && _t[c].Raw is "،" or "," ? c : k;
    }

    /// <summary>An outlet phrase: the name in «» when it has one (صحيفة «الوطن اليوم» is الوطن اليوم), else its words.</summary>
    private SpeakerPhrase? Outlet(int start, int end, int r1)
    {
        if (end <= start)
            return null;
        var text = doc.Slice(start, end);
        var name = text;
        var r0 = r1;
        while (r0 > 0 && _t[r0 - 1].End > start)
            r0--;
        for (var k = r0; k < r1; k++)
        {
            if (_t[k].Raw is "«" or "\"" && CloseOfShortMark(k, r1) is { } close && close > k + 1)
            {
                name = doc.Slice(_t[k + 1].Start, _t[close - 1].End);
                break;
            }
        }

        return new SpeakerPhrase(new Phrase(text, start, end), name, null, ActorKind.MediaOutlet);
    }

    /// <summary>
    /// "أفادت قناة X نقلاً عن Y" (k at نقلاً): X relays, Y speaks. Moves <paramref name="k"/> past Y (and a
    /// "لم تسمها" after it) and returns Y, or null when the frame is not there.
    /// </summary>
    private SpeakerPhrase? SourceAfterNaqlan(ref int k, int last)
    {
        if (!(k + 2 < last && _t[k].Fold == "نقلا" && _t[k + 1].Fold == "عن"))
            return null;
        var s0 = k + 2;
        var anonymous = false;
        var s1 = SubjectEnd(s0, last, ref anonymous);
        var source = ArabicSpeakers.Build(doc, s0, s1, null, anonymous);
        if (source is null)
            return null;
        k = SkipUnnaming(s1, last);
        return source;
    }

    // "، نقلاً عن Y،" (seg at نقلاً, segEnd at the closing comma): Y, when it fills the whole segment.
    private SpeakerPhrase? NaqlanBetweenCommas(int seg, int segEnd, int last)
    {
        var k = seg;
        return SourceAfterNaqlan(ref k, last) is { } source && k == segEnd ? source : null;
    }

    // "لم تسمها" after a source says it is unnamed; the words are not content.
    private int SkipUnnaming(int k, int last) =>
        k + 1 < last && _t[k].Fold == "لم" && _t[k + 1].Fold.Length > 2 && _t[k + 1].Fold[1..].StartsWith("سم", StringComparison.Ordinal) ? k + 2 : k;

    /// <summary>
    /// "وفقاً لما نقلته قناة X عن Y" / "بحسب ما أوردته صحيفة X عن Y" (k at ما or لما): X relays, Y speaks.
    /// Moves <paramref name="k"/> to Y and returns X, or null when the frame is not there.
    /// </summary>
    private SpeakerPhrase? RelayBeforeAn(ref int k, int last)
    {
        if (!(k + 3 < last && _t[k].Fold is "ما" or "لما" && IsRelayingVerb(_t[k + 1].Fold)))
            return null;
        var o0 = k + 2;
        var o1 = RelayEnd(o0, last);
        if (o1 == o0 || o1 + 1 >= last || _t[o1].Fold != "عن")
            return null;
        var outlet = Outlet(_t[o0].Start, _t[o1 - 1].End, o1);
        if (outlet is null)
            return null;
        k = o1 + 1;
        return outlet;
    }

    // نقل، نقلت، نقلته، نقلها، نقلتها، أوردته، ذكرته، نشرته: a verb that passes on another's words, with or without an object pronoun.
    private static bool IsRelayingVerb(string fold)
    {
        foreach (var stem in RelayingStems)
        {
            if (fold.StartsWith(stem, StringComparison.Ordinal) && fold.Length - stem.Length <= 3
                && fold[stem.Length..] is "" or "ت" or "ته" or "ه" or "ها" or "تها")
                return true;
        }

        return false;
    }

    private static readonly string[] RelayingStems = ["نقل", "اورد", "ذكر", "نشر", "بث"];

    /// <summary>A comma-set clause on the subject (التي تحدثت للقناة، الذي طلب ...): not a name.</summary>
    private bool IsRelativeClause(int seg) => _t[seg].Fold is "التي" or "الذي" or "الذين" or "اللذين" or "اللتين" or "اللذان" or "اللتان" or "اللواتي";

    /// <summary>A relay word inside a relative clause on the subject (التي تحدثت للقناة): the outlet it names.</summary>
    private SpeakerPhrase? RelayInClause(int seg, int segEnd, int last)
    {
        for (var k = seg + 1; k < segEnd; k++)
        {
            if (IsRelayWord(k, last))
            {
                var r1 = RelayEnd(k + 1, Math.Min(last, segEnd));
                return RelayPhrase(k, Math.Max(r1, k + 1));
            }
        }

        return null;
    }

    /// <summary>
    /// "، في اتصال مع الوكالة ذاتها،" / "في حديث إلى قناة X": an occasion set between commas that names the
    /// outlet spoken to (k at في, end at the closing comma).
    /// </summary>
    private SpeakerPhrase? RelayInOccasion(int seg, int segEnd)
    {
        for (var k = seg + 2; k + 1 < segEnd && k < seg + 5; k++)
        {
            // في مقابلة مع قناة X / في تصريحات نقلتها صحيفة X: the outlet spoken to or that carried the words.
            if (_t[k].Fold is not ("مع" or "الي") && !IsRelayingVerb(_t[k].Fold) || !ArabicLexicon.IsOutletWord(_t[k + 1].Fold))
                continue;
            var r1 = RelayEnd(k + 1, segEnd);
            return r1 > k + 1 ? Outlet(_t[k + 1].Start, _t[r1 - 1].End, r1) : null;
        }

        return null;
    }

    /// <summary>
    /// "كشفت مصادر، وفق ما أوردته قناة X، أن ..." (seg at وفق, segEnd at the closing comma): an attribution set
    /// between commas after the subject names the outlet that carried the subject's words.
    /// </summary>
    private SpeakerPhrase? RelayInAttribution(int seg, int segEnd)
    {
        var k = seg;
        if (!ArabicLexicon.Attributions.Contains(ArabicLexicon.WithoutConjunction(_t[k].Fold)))
            return null;
        k++;
        if (k < segEnd && _t[k].Fold is "ما" or "لما")
            k++;
        else if (_t[k - 1].Fold is not ("لما" or "بما"))
            return null;
        if (!(k + 1 < segEnd && IsRelayingVerb(_t[k].Fold) && ArabicLexicon.IsOutletWord(_t[k + 1].Fold)))
            return null;
        var r1 = RelayEnd(k + 1, segEnd);
        return r1 > k + 1 ? Outlet(_t[k + 1].Start, _t[r1 - 1].End, r1) : null;
    }

    /// <summary>
    /// "...، بحسب ما نقلت قناة X." / "، وفق ما أوردته صحيفة X" after a statement (i at the attribution word, right after
    /// its comma): the outlet carried the statement that ends at that comma, so it is its relay. Returns the index after
    /// the outlet, or -1 when the words are no such trailing relay.
    /// </summary>
    private int TrailingRelay(int i, int last)
    {
        if (_found.Count == 0 || _found[^1].RelayedBy is not null || i < 1 || _t[i - 1].Raw is not ("،" or ",")
            || _found[^1].Content.End > _t[i - 1].Start || _found[^1].Content.End < _t[i - 1].Start - 2
            || !ArabicLexicon.Attributions.Contains(ArabicLexicon.WithoutConjunction(_t[i].Fold)))
            return -1;
        var k = i + 1;
        if (!(k + 2 < last && _t[k].Fold is "ما" or "لما" && IsRelayingVerb(_t[k + 1].Fold) && ArabicLexicon.IsOutletWord(_t[k + 2].Fold)))
            return -1;
        var r1 = RelayEnd(k + 2, last);
        // Only at the end of the sentence: "، بحسب ما نقلت قناة X عن مصدر" names a source of its own.
        if (r1 <= k + 2 || r1 < last && _t[r1].Raw is not ("." or "؛" or "\n") || Outlet(_t[k + 2].Start, _t[r1 - 1].End, r1) is not { } outlet)
            return -1;
        _found[^1].RelayedBy = outlet;
        return r1;
    }

    /// <summary>لكنه اعترف، لكنها أكدت: the verb's subject is the pronoun, so the previous speaker goes on.</summary>
    private bool AfterPronounConnective(int v) =>
        v > 0 && _t[v - 1].IsWord && _t[v - 1].Fold is "لكنه" or "لكنها" or "لكنهم" or "ولكنه" or "ولكنها" or "ولكنهم";

    private bool IsShortMarkAt(int k, int last) => k < last && _t[k].Raw is "«" or "\"" or "(" && CloseOfShortMark(k, last) is not null;

    /// <summary>"، خالد المنصوري،" right after a subject (k at the first comma): the name; k moves past the second comma.</summary>
    private string? Apposition(ref int k, int last)
    {
        if (!(k < last && _t[k].Raw is "،" or ","))
            return null;
        var seg = k + 1;
        var segEnd = seg;
        while (segEnd < last && _t[segEnd].IsWord && segEnd - seg < 8)
            segEnd++;
        if (segEnd >= last || _t[segEnd].Raw is not ("،" or ",") || !IsApposedNameSegment(seg, segEnd)
            || IsRelativeClause(seg) || IsAdverbial(seg))
            return null;
        k = segEnd + 1;
        return ApposedName(seg, segEnd);
    }

    /// <summary>لـ«الشرق» / لـ"الأيام": a bare ل (with or without tatweel) before a short quoted name is a relay to that outlet.</summary>
    private bool IsLamBeforeMarkedName(int k, int last) =>
        _t[k].IsWord && _t[k].Fold == "ل" && k + 1 < last && _t[k + 1].Raw is "«" or "\"" && _t[k + 1].Start == _t[k].End
        && CloseOfShortMark(k + 1, last) is not null;

    /// <summary>"«صدى الشمال» في المدينة" names the outlet صدى الشمال.</summary>
    private static string MarkedOutletName(string text)
    {
        if (text.Length < 3 || text[0] is not ('«' or '"'))
            return text;
        var close = text.IndexOf(text[0] == '«' ? '»' : '"', 1);
        return close > 1 ? text[1..close].Trim() : text;
    }

    /// <summary>"في الحديث ذاته" / "في المقابلة نفسها" (k at في): the occasion already named, so its relay goes on.</summary>
    private bool IsSameOccasion(int k, int last) =>
        k + 2 < last && _t[k].Fold is "في" or "وفي" && _t[k + 1].IsDefinite && ArabicLexicon.IsOccasion(_t[k + 1].Fold)
        && _t[k + 2].Fold is "ذاته" or "نفسه" or "ذاتها" or "نفسها" or "عينه" or "عينها";

    /// <summary>The outlet that carried this speaker's earlier words in the article, if any.</summary>
    private SpeakerPhrase? RelayOfEarlierWords(SpeakerPhrase speaker)
    {
        for (var i = _found.Count - 1; i >= 0; i--)
        {
            var f = _found[i];
            if (f.Speaker is not null && f.RelayedBy is not null && StatementExtractor.SameSpeaker(f.Speaker, speaker))
                return f.RelayedBy;
        }

        // Round 10: "وطالب المدرب، في التصريح ذاته،": a bare title is resolved only later, so "the same remarks" are the
        // last ones a named person gave an outlet in this paragraph.
        if (!ArabicPersonBackReferences.IsBareTitle(speaker.Phrase.Text))
            return null;
        var paragraph = doc.Text.LastIndexOf('\n', Math.Max(0, speaker.Phrase.Start - 1)) + 1;
        for (var i = _found.Count - 1; i >= 0 && _found[i].Evidence.Start >= paragraph; i--)
        {
            if (_found[i].Speaker is { Kind: ActorKind.Person or ActorKind.Other } p && p.Phrase.Start >= paragraph && _found[i].RelayedBy is { } earlier)
                return earlier;
        }

        return null;
    }

    /// <summary>
    /// "وكانت صحيفة الوطن قد نشرت، نقلاً عن مصدر، أن ..." (i at نقلاً): the subject of the relaying verb before it
    /// carried the source's words; null when no such verb stands there.
    /// </summary>
    private SpeakerPhrase? OutletBeforeNaqlan(int i)
    {
        var v = i - 1;
        if (v >= 0 && _t[v].Raw is "،" or ",")
            v--;
        if (v < 1 || !_t[v].IsWord || !IsRelayingVerb(ArabicLexicon.WithoutConjunction(_t[v].Fold)))
            return null;
        var s0 = SubjectBeforeQad(v);
        var s1 = v - 1;
        if (s0 < 0)
        {
            s0 = SubjectBefore(v);
            s1 = v;
        }

        if (s0 < _sentenceFirst || s0 >= s1 || ArabicSpeakers.Build(doc, s0, s1) is not { } subject)
            return null;
        return subject with { Kind = ActorKind.MediaOutlet };
    }
}
