using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "غير أن الوزارة سارعت إلى نفي الخبر": hastening to a stance with the subject before the verb. The subject
/// before سارع speaks, with the stance of the noun after إلى; سارعت إلى is no part of the speaker's name.
/// </summary>
internal sealed partial class ArabicRules
{
    /// <summary>Hastening verbs in every person and number the news uses (سارع، بادرت، سارعوا، تسارع).</summary>
    private static readonly HashSet<string> HastenVerbs =
    [
        "سارع", "سارعت", "سارعوا", "يسارع", "تسارع", "يسارعون", "بادر", "بادرت", "بادروا", "يبادر", "تبادر", "يبادرون",
    ];

    /// <summary>Whether v is a hastening verb right before إلى and a stance noun (سارعت إلى نفي).</summary>
    private bool HastensToStance(int v, int last) =>
        v + 3 < last && HastenVerbs.Contains(ArabicLexicon.WithoutConjunction(_t[v].Fold)) && _t[v + 1].Fold == "الي"
        && ArabicLexicon.StanceNouns.Contains(_t[v + 2].Fold);

    /// <summary>The stance when the subject came before the hastening verb at v (غير أن الهيئة بادرت إلى تأكيد ...), or null.</summary>
    private Stance? FrontedHastenedStance(int v, int first, int last) =>
        HastensToStance(v, last) && (SubjectAfterContrast(v, first) >= 0 || SubjectOpensSentence(v, first)) ? StanceOfNoun(_t[v + 2].Fold) : null;
}
