using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: more ways a noun after the verb shows it is the object, so the subject was left out and the speaker goes on:
/// a masculine verb before a feminine body in the construct state (وطالب لجنةَ الحكام بـ), a feminine verb before
/// men named in the plural (ودعت العمالَ إلى), and a sound masculine plural in ين, never the case of a subject (ناشد المواطنين).
/// </summary>
internal sealed partial class ArabicRules
{
    /// <summary>Feminine nouns naming a body, as the first word of a construct (لجنة الحكام، وزارة العمل).</summary>
    private static readonly HashSet<string> FeminineBodiesInConstruct = Folded(
    [
        "لجنة", "وزارة", "نقابة", "شركة", "هيئة", "منظمة", "حكومة", "رابطة", "جمعية", "مؤسسة", "إدارة", "رئاسة", "مديرية",
        "بلدية", "محكمة", "جامعة", "كتلة", "حركة", "جبهة", "جماعة", "قيادة", "سفارة", "وكالة", "نيابة", "سلطة", "مفوضية",
        "أمانة", "غرفة", "دائرة", "قناة", "صحيفة", "إذاعة", "مجموعة", "شبكة", "بعثة", "لجان", "هيئات", "منظمات", "نقابات",
    ]);

    /// <summary>Men named in a broken plural (العمال، الأطباء): a feminine singular verb before them is not theirs.</summary>
    private static readonly HashSet<string> MenInBrokenPlural = Folded(
    [
        "العمال", "الطلاب", "الأطباء", "السكان", "التجار", "الرجال", "الشبان", "النواب", "الوزراء", "الخبراء", "العلماء",
        "الأهالي", "المحامون", "الزعماء", "القادة", "الحكام", "الصحفيون", "الصحافيون", "اللاعبون", "المواطنون", "المسؤولون",
    ]);

    /// <summary>Places whose name ends in ين like a plural (البحرين، الفلبين).</summary>
    private static readonly HashSet<string> PlacesInYaNun = Folded(["البحرين", "الفلبين", "الأرجنتين", "الرافدين", "الحرمين", "فلسطين"]);

    private static HashSet<string> Folded(IEnumerable<string> words) => words.Select(Tokenizer.Fold).ToHashSet();

    /// <summary>Whether the word at k cannot be the subject of the verb at v by agreement or case (round 11 forms).</summary>
    private bool IsObjectByAgreementOrCase(int v, int k)
    {
        if (k + 1 >= _t.Count || !_t[k].IsWord)
            return false;
        var noun = _t[k].Fold;
        var verb = ArabicLexicon.WithoutConjunction(_t[v].Fold);
        if (verb.Length < 3 || verb[0] is 'ي' or 'ت' or 'ن' or 'ا')
            return false;
        var feminineVerb = verb[^1] == 'ت';
        if (!feminineVerb && FeminineBodiesInConstruct.Contains(noun) && (_t[k + 1].IsDefinite || _t[k + 1].Raw is "«" or "\""))
            return true;
        if (feminineVerb && MenInBrokenPlural.Contains(noun))
            return true;
        return noun.Length >= 7 && noun.StartsWith("ال", StringComparison.Ordinal) && noun.EndsWith("ين", StringComparison.Ordinal) && !PlacesInYaNun.Contains(noun);
    }
}
