namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "وكشف تقرير للأمم المتحدة أن" / "وقال بيان للوزارة إن": a document with the body that issued it as the
/// subject of the verb; the body speaks, as after بحسب (بحسب بيان للوزارة) and صادر عن (تقرير صادر عن المرصد).
/// </summary>
internal sealed partial class ArabicRules
{
    /// <summary>
    /// The ل-word naming the issuer in the subject s0..k (k moved past the issuer's name when the subject stopped at a لل-word
    /// right after the document), or -1.
    /// </summary>
    private int DocumentIssuerAt(int s0, ref int k, int last)
    {
        if (k == s0 + 1 && k < last && _t[k].IsWord && _t[k].Fold.StartsWith("لل", StringComparison.Ordinal) && _t[k].Fold.Length > 4
            && !_t[s0].IsDefinite && ArabicLexicon.IsOccasion(_t[s0].Fold))
        {
            var anonymous = false;
            var end = SubjectEnd(k, last, ref anonymous);
            if (end <= k + 1 && !(k + 1 < last && _t[k + 1].IsWord && !ArabicLexicon.Complementizers.Contains(_t[k + 1].Fold)))
                end = k + 1;
            var issuer = k;
            k = Math.Max(end, k + 1);
            return issuer;
        }

        return IssuerOfDocument(s0, k);
    }

    /// <summary>للأمم المتحدة names الأمم المتحدة: the article the ل swallowed is written back into the name.</summary>
    private SpeakerPhrase IssuerNamed(int issuerAt, SpeakerPhrase issuer) =>
        _t[issuerAt].Fold.StartsWith("لل", StringComparison.Ordinal) && !issuer.Name.StartsWith("ال", StringComparison.Ordinal)
            ? issuer with { Name = "ال" + issuer.Name }
            : issuer;
}
