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
}
