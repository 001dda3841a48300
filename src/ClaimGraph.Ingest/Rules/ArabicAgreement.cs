namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// A verb agrees with a subject that follows it: a masculine singular verb before a definite feminine singular noun
/// (وطالب الإدارةَ بـ، ودعا الحكومةَ إلى) has its subject left out, so that noun is the object and the speaker goes on.
/// </summary>
internal sealed partial class ArabicRules
{
    /// <summary>Definite nouns in ة that name a man (الخليفة، العلامة) and so take a masculine verb.</summary>
    private static readonly HashSet<string> MasculineInTaMarbuta = ["الخليفه", "العلامه", "الداعيه", "الرحاله", "النابغه"];

    /// <summary>Whether the word at k is the object of the masculine singular past verb at v, not its subject.</summary>
    private bool IsObjectByAgreement(int v, int k)
    {
        if (k >= _t.Count || !_t[k].IsWord || !_t[k].IsDefinite || !_t[k].Raw.EndsWith('ة') || _t[k].Fold.StartsWith("لل", StringComparison.Ordinal)
            || MasculineInTaMarbuta.Contains(_t[k].Fold) || ArabicLexicon.SubjectStops.Contains(_t[k].Fold))
            return false;
        var verb = ArabicLexicon.WithoutConjunction(_t[v].Fold);
        // Only a past verb whose form shows the masculine: no ت at its end (a root ت, as in لفت، is left alone) nor at its start.
        return verb.Length >= 3 && verb[^1] != 'ت' && verb[0] is not ('ت' or 'ي' or 'ن');
    }
}
