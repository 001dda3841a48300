using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: a bare title's complement before the apposed name ("وقال المكلف بالإعلام في المديرية، النقيب رضا بوعلام، إن"،
/// "ناشدت النائبة عن كتلة الوفاق، هدى الجبوري، رئاسة المجلس"): the subject rules stop at the preposition, which left the
/// title as the speaker and the name in the content. The subject runs on to the comma before the name.
/// </summary>
internal sealed partial class ArabicRules
{
    private int TitleComplementEnd(int s0, int k, int last, bool quotedBefore)
    {
        if (k >= last || k - s0 > 3 || !_t[k].IsWord || !StartsTitled(s0) || ArabicLexicon.Complementizers.Contains(_t[k].Fold))
            return k;
        for (var x = s0 + 1; x < k; x++)
        {
            // A name already in the subject (رئيس النادي خالد النجار) needs no apposition.
            if (!_t[x].IsDefinite && !ArabicLexicon.IsTitle(_t[x].Fold) && _t[x].Fold is not ("في" or "باسم" or "عن" or "من"))
                return k;
        }

        var c = k;
        while (c < last && c - k < 6 && _t[c].IsWord && !ArabicLexicon.Complementizers.Contains(_t[c].Fold) && ArabicLexicon.Lookup(_t[c].Fold) is null)
            c++;
        if (c >= last || c == k || _t[c].Raw is not ("،" or ","))
            return k;
        var seg = c + 1;
        var segEnd = seg;
        while (segEnd < last && _t[segEnd].IsWord && segEnd - seg < 8)
            segEnd++;
        // After a quotation («...»، قالت المسؤولة في الجمعية، سلمى عودة.) the name may end the sentence.
        if (segEnd >= last || _t[segEnd].Raw is not ("،" or ",") && !(quotedBefore && _t[segEnd].Raw == ".") && !IsColonBeforeSpeech(segEnd, last))
            return k;
        var name = AfterHonorifics(seg, segEnd);
        return segEnd - name >= 2 && !_t[name].IsDefinite && IsApposedNameSegment(seg, segEnd) ? c : k;
    }
}
