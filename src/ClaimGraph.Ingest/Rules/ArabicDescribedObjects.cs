namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "ووصف الوزير التقريرَ بأنه «مسيّس»": a describing verb always has an object between its subject and the
/// ب of the description, so the subject ends at the first definite noun after it that is neither an adjective nor "of the".
/// </summary>
internal sealed partial class ArabicRules
{
    /// <summary>وصف in every person (the clause is read at the verb; وصفه with a pronoun object is another word).</summary>
    private bool IsDescribing(int v) =>
        ArabicLexicon.WithoutConjunction(_t[v].Fold) is "وصف" or "وصفت" or "يصف" or "تصف" or "وصفوا" or "يصفون";

    /// <summary>Where the described object starts in the subject s0..s1 (s1 at the ب of the description), or s1.</summary>
    private int DescribedObjectStart(int s0, int s1)
    {
        if (s1 >= _t.Count || !_t[s1].IsWord || _t[s1].Fold[0] != 'ب')
            return s1;
        for (var k = s0 + 1; k < s1; k++)
        {
            var fold = _t[k].Fold;
            if (_t[k].IsDefinite && _t[k - 1].IsDefinite && !fold.StartsWith("لل", StringComparison.Ordinal) && !IsAdjective(fold))
                return k;
        }

        return s1;
    }
}
