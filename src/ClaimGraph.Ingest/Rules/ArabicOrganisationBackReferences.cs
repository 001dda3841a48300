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
            if (fold.StartsWith("ال", StringComparison.Ordinal) && ArabicLexicon.DocumentNouns.Contains(fold))
            {
                // ووفق التقرير / وأضاف البيان: the body that spoke last in the paragraph issued it.
                if (EarlierBody(doc, found, i, doc.Text.LastIndexOf('\n', Math.Max(0, s.Phrase.Start - 1)) + 1) is { } issuer)
                    found[i].Speaker = issuer;
                continue;
            }

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
            if (p.Phrase.Text.Split(' ').Any(w => ArabicSpeakers.IsNoun(Tokenizer.Fold(w), noun)))
                return p;
        }

        return null;
    }

    /// <summary>"حذر تقرير صادر عن المرصد": the report spoke in its own right, so "التقرير" after it is that report.</summary>
    private static bool IssuedReport(ArticleText doc, int start)
    {
        var t = doc.Tokens;
        var lo = doc.FirstTokenAt(start);
        return lo >= 2 && t[lo - 1].Fold == "عن" && t[lo - 2].Fold is "صادر" or "صادره" or "الصادر" or "الصادره";
    }

    /// <summary>The closing mark of a short name in marks (up to five words), or -1.</summary>
    private static int MarkEnd(List<Token> t, int open, int end)
    {
        var close = t[open].Raw == "«" ? "»" : "\"";
        for (var k = open + 1; k < t.Count && k - open <= 6 && t[k].End <= end; k++)
        {
            if (t[k].Raw == close)
                return k > open + 1 ? k : -1;
        }

        return -1;
    }

    /// <summary>Round 10: the last body (no person, no unnamed source, no outlet) that spoke before finding i in the paragraph.</summary>
    private static SpeakerPhrase? EarlierBody(ArticleText doc, List<Finding> found, int i, int paragraph)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (found[j].Speaker is not { } p)
                continue;
            if (p.Phrase.Start < paragraph)
                break;
            if (p.Kind is ActorKind.Person or ActorKind.AnonymousSource or ActorKind.MediaOutlet)
                return null;
            if (!ArabicLexicon.DocumentNouns.Contains(ArabicLexicon.WithoutConjunction(Tokenizer.Fold(p.Phrase.Text))))
                return IssuedReport(doc, p.Phrase.Start) ? null : p;
        }

        return null;
    }

    /// <summary>The last "الهيئة الوطنية للبيئة" (the definite noun and the definite words after it) before end.</summary>
    private static SpeakerPhrase? NamedInText(ArticleText doc, string noun, int paragraph, int end)
    {
        var t = doc.Tokens;
        var m = -1;
        var marked = -1;
        // Bounded look-back: the 200 tokens before the speaker.
        var lo = doc.FirstTokenAt(end);

        for (var k = Math.Max(0, lo - 200); k < t.Count && t[k].End <= end; k++)
        {
            if (t[k].Start >= paragraph && t[k].IsWord && t[k].IsDefinite && ArabicSpeakers.Stem(t[k].Fold) == noun
                && k + 1 < t.Count && t[k + 1].IsWord && t[k + 1].IsDefinite && t[k + 1].End <= end)
                (m, marked) = (k, -1);
            // Round 10: مؤسسة «الضمير للحقوق» (no article on the noun, the name in marks) before "المؤسسة".
            if (t[k].Start >= paragraph && t[k].IsWord && !t[k].IsDefinite && ArabicSpeakers.IsNoun(t[k].Fold, noun) && k + 1 < t.Count && t[k + 1].Raw is "«" or "\"")
                (m, marked) = (k, MarkEnd(t, k + 1, end));
        }

        if (m < 0)
            return null;
        if (marked > 0 && ArabicSpeakers.Build(doc, m, marked + 1) is { } body)
            return body.Kind == ActorKind.Person ? body with { Kind = ActorKind.Organisation } : body;
        if (!t[m].IsDefinite)
            return null;
        var e = m + 1;
        while (e < t.Count && e - m < 5 && t[e].IsWord && t[e].IsDefinite && t[e].End <= end && ArabicLexicon.Lookup(t[e].Fold) is null
            && !ArabicLexicon.SubjectStops.Contains(t[e].Fold))
            e++;
        return e - m >= 2 ? ArabicSpeakers.Build(doc, m, e) : null;
    }
}
