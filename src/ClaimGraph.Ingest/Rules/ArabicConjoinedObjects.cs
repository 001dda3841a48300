namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: "نفت الكتيبة «...»، واتهمت القوات الحكومية بـ«...»" / "نفت الوزارة «...»، وعزت حالات التسمم إلى «...»": a verb
/// of accusing, blaming or attributing joined by و right after another statement of the same sentence keeps that
/// statement's subject; the definite noun phrase after it is its object, not a new speaker.
/// </summary>
internal sealed partial class ArabicRules
{
    private bool IsConjoinedObjectVerb(int v, int s0)
    {
        if (!_t[v].Fold.StartsWith('و') || v < 1 || _t[v - 1].Raw is not ("،" or "," or "»") || StartsTitled(s0))
            return false;
        // الجهات الحكومية, or حالات التسمم (a noun and a definite word after it) that names no body: a body would be a new speaker.
        if (!_t[s0].IsDefinite && !(s0 + 1 < _t.Count && _t[s0 + 1].IsDefinite && ArabicSpeakers.KindOf(ArabicSpeakers.Stem(_t[s0].Fold)) is null
            && !ArabicLexicon.AnonymousHeads.Contains(_t[s0].Fold)))
            return false;
        if (!IsAccusation(v) && !IsHoldingResponsible(v) && ArabicLexicon.WithoutConjunction(_t[v].Fold) is not ("عزا" or "عزت" or "عزوا" or "يعزو" or "تعزو"))
            return false;
        // The statement it is joined to: the last one found, in this sentence, with a speaker of its own.
        return _found.Count > 0 && _found[^1].Evidence.Start >= _t[_sentenceFirst].Start && _found[^1].Speaker is not null;
    }
}
