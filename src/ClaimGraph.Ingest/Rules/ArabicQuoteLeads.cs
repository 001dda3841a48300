using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// A quotation that opens the paragraph and is then attributed by "بهذه الكلمات / بهذه العبارة + verb + speaker"
/// («...»، بهذه الكلمات ردّ الوزير ...): each sentence of the quotation is the speaker's statement, and the verb's
/// own clause is the writer's framing, not another statement.
/// </summary>
internal sealed partial class ArabicRules
{
    private int WithTheseWords(int i, int last)
    {
        if (QuoteEndingBefore(i) is not { } said || i + 3 >= last || !_t[i + 1].IsWord || !_t[i + 2].IsWord)
            return -1;
        var verb = ArabicLexicon.WithoutConjunction(_t[i + 2].Fold);
        if (ArabicLexicon.Lookup(_t[i + 2].Fold) is null && !ArabicLexicon.FramingVerbs.Contains(verb))
            return -1;
        var s0 = i + 3;
        var anonymous = false;
        var k = SubjectEnd(s0, last, ref anonymous);
        var s1 = k;
        var named = Apposition(ref k, last);
        if (ArabicSpeakers.Build(doc, s0, s1, named, anonymous) is not { } speaker)
            return -1;
        var stance = ArabicLexicon.Lookup(_t[i + 2].Fold)?.Stance ?? Stance.Asserts;
        var p0 = said.Open + 1;
        for (var m = p0; m <= said.Close; m++)
        {
            if (m < said.Close && _t[m].Raw is not ("." or "!" or "؟" or "?"))
                continue;
            if (m > p0)
                _found.Add(NewFinding(speaker, ContentStance(p0, m) ?? DemandOr(stance, p0, m), p0, m, p0, m));
            p0 = m + 1;
        }

        return k;
    }

    private const int MaxByTheWordsReach = 12;

    /// <summary>
    /// "وعلّق الوزير على ذلك بالقول إن ..." / "واكتفى بالقول: «...»" (i at بالقول): the subject of the verb opening the clause
    /// said the words after it; with no subject there, the previous speaker goes on.
    /// </summary>
    private int ByTheWords(int i, int last)
    {
        var k = i + 1;
        while (k < last && (!_t[k].IsWord || ArabicLexicon.Complementizers.Contains(_t[k].Fold)) && !IsSpeechOpen(k) && _t[k].Raw is not ("." or "؛"))
            k++;
        if (k >= last || k == i + 1 && !IsSpeechOpen(k) || _t[k].Raw is "." or "؛")
            return -1;

        // The clause's verb: the first word of the clause, within a few words before بالقول.
        var v = i - 1;
        while (v > _sentenceFirst && v > i - MaxByTheWordsReach && _t[v - 1].Raw is not ("،" or "," or "." or "؛"))
            v--;
        SpeakerPhrase? speaker = null;
        if (v + 1 < i && _t[v].IsWord && _t[v].Fold[0] is 'و' or 'ف' or 'ث')
        {
            var anonymous = false;
            var s1 = Math.Min(SubjectEnd(v + 1, i, ref anonymous), i);
            for (var m = v + 2; m < s1; m++)
            {
                // ختمت الوزيرة كلمتها بالقول: the speech the words closed is the verb's object, not the subject.
                if (ArabicLexicon.IsOccasion(_t[m].Fold))
                {
                    s1 = m;
                    break;
                }
            }

            speaker = s1 > v + 1 ? ArabicSpeakers.Build(doc, v + 1, s1, null, anonymous) : null;
        }

        var (c0, c1, resume) = Content(k, last);
        if (c1 <= c0)
            return -1;
        var f = NewFinding(speaker, ContentStance(c0, c1) ?? DemandOr(Stance.Asserts, c0, c1), IsSpeechOpen(k) ? c0 : i, c1, c0, c1);
        _found.Add(f);
        return resume;
    }
}
