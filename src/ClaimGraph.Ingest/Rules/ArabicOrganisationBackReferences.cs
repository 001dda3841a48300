using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// "الشركة" / "الهيئة" / "الوزارة" as a speaker points back to the body of that kind named earlier in the paragraph:
/// the speaker already found with that noun in its phrase, or else the noun's full name in the text before
/// (فرق الهيئة الوطنية للبيئة البحرية ... وبحسب بيان صادر عن الهيئة).
/// </summary>
internal static class ArabicOrganisationBackReferences
{
    private static readonly HashSet<string> BodyNouns =
    [
        "شركه", "هييه", "وزاره", "مديريه", "جبهه", "حركه", "مفوضيه", "نقابه", "جمعيه", "منظمه", "لجنه", "بلديه", "اتحاد",
        "حزب", "تحالف", "مصرف", "بنك", "جامعه", "محكمه", "مجموعه", "وكاله", "مؤسسه", "موسسه", "سلطه", "اداره", "مصلحه",
        "دايره", "نادي", "مستشفي", "مركز", "مرصد", "صندوق", "فصيل", "كتيبه", "ميليشيا",
    ];

    public static void Apply(ArticleText doc, List<Finding> found)
    {
        var t = doc.Tokens;
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Speaker is not { } s || s.Name.Contains(' ', StringComparison.Ordinal))
                continue;
            var fold = ArabicLexicon.WithoutConjunction(Tokenizer.Fold(s.Name));
            if (!fold.StartsWith("ال", StringComparison.Ordinal) || !BodyNouns.Contains(ArabicSpeakers.Stem(fold)))
                continue;
            var noun = ArabicSpeakers.Stem(fold);
            var paragraph = doc.Text.LastIndexOf('\n', Math.Max(0, s.Phrase.Start - 1)) + 1;
            found[i].Speaker = EarlierSpeaker(found, i, noun, paragraph) ?? NamedInText(doc, noun, paragraph, s.Phrase.Start) ?? s;
        }
    }

    private static SpeakerPhrase? EarlierSpeaker(List<Finding> found, int i, string noun, int paragraph)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            var p = found[j].Speaker;
            if (p is null || p.Phrase.Start < paragraph || p.Kind is ActorKind.Person or ActorKind.AnonymousSource || !p.Name.Contains(' ', StringComparison.Ordinal) && p.Phrase.Text == p.Name)
                continue;
            if (p.Phrase.Text.Split(' ').Any(w => ArabicSpeakers.Stem(Tokenizer.Fold(w)) == noun))
                return p;
        }

        return null;
    }

    /// <summary>The last "الهيئة الوطنية للبيئة" (the definite noun and the definite words after it) before end.</summary>
    private static SpeakerPhrase? NamedInText(ArticleText doc, string noun, int paragraph, int end)
    {
        var t = doc.Tokens;
        var m = -1;
        // Bounded look-back: the 200 tokens before the speaker (binary search for where it starts).
        var (lo, hi) = (0, t.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = t[mid].Start < end ? (mid + 1, hi) : (lo, mid);
        }

        for (var k = Math.Max(0, lo - 200); k < t.Count && t[k].End <= end; k++)
        {
            if (t[k].Start >= paragraph && t[k].IsWord && t[k].IsDefinite && ArabicSpeakers.Stem(t[k].Fold) == noun
                && k + 1 < t.Count && t[k + 1].IsWord && t[k + 1].IsDefinite && t[k + 1].End <= end)
                m = k;
        }

        if (m < 0)
            return null;
        var e = m + 1;
        while (e < t.Count && e - m < 5 && t[e].IsWord && t[e].IsDefinite && t[e].End <= end && ArabicLexicon.Lookup(t[e].Fold) is null
            && !ArabicLexicon.SubjectStops.Contains(t[e].Fold))
            e++;
        return e - m >= 2 ? ArabicSpeakers.Build(doc, m, e) : null;
    }
}
