using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>Turns an Arabic subject phrase into a speaker: the name inside it, the role around it, and a kind guessed from its words.</summary>
internal static class ArabicSpeakers
{
    private static readonly (ActorKind Kind, string[] Words)[] KindWords =
    [
        (ActorKind.Coalition, ["تحالف"]),
        (ActorKind.MediaOutlet, ["وكاله", "موقع", "صحيفه", "قناه", "شبكه", "اذاعه", "تلفزيون", "مجله", "نيوز", "جريده", "منصه"]),
        (ActorKind.ArmedGroup, ["قوات", "ميليشيات", "ميليشيا", "مليشيات", "فصايل", "فصيل", "جيش", "كتايب", "تنظيم", "حرس", "لواء", "جبهه", "اركان"]),
        (ActorKind.Government, ["وزاره", "حكومه", "رياسه", "محافظه", "شرطه", "سلطات", "خارجيه", "داخليه", "دفاع", "قياده", "وزير", "رييس", "برلمان", "ضباط", "ضابط"]),
        (ActorKind.Organisation, ["هييه", "مجلس", "حركه", "حزب", "نقابه", "اتحاد", "منظمه", "مفوضيه", "لجنه", "بلديه", "مكتب", "جمعيه", "شركه", "مركز", "معارضه", "امم", "نقابات"]),
    ];

    /// <summary>Function words and pronouns that are never a speaker on their own (a miss once named the speaker "من").</summary>
    private static readonly HashSet<string> NeverSpeakers =
    [
        "من", "ما", "عن", "في", "علي", "الي", "مع", "الذي", "التي", "الذين", "هو", "هي", "هم", "ذلك", "هذا", "هذه", "تلك", "انه",
        "انها", "قد", "لقد", "كما", "ثم", "او", "لا", "لم", "لن",
    ];

    public static SpeakerPhrase? Build(ArticleText doc, int first, int last, string? apposition = null, bool anonymous = false)
    {
        var t = doc.Tokens;
        for (var p = first + 1; p < last; p++)
        {
            // سلمى (35 عاماً): the age after a name is no part of it.
            if (t[p].Raw == "(" && IsAgeNote(t, p + 1, Math.Min(last, p + 4)))
            {
                last = p;
                break;
            }
        }

        while (first < last && !t[first].IsWord && !IsNameMark(t[first]))
            first++;
        while (last > first && !t[last - 1].IsWord && !IsNameMark(t[last - 1]))
            last--;
        if (last <= first)
            return null;
        var phrase = new Phrase(doc.Slice(t[first].Start, t[last - 1].End), t[first].Start, t[last - 1].End);
        var words = Enumerable.Range(first, last - first).Where(k => t[k].IsWord).ToList();
        if (words.Count == 0 || words.Count == 1 && NeverSpeakers.Contains(t[words[0]].Fold))
            return null;

        string? name = apposition;
        string? role = apposition is null ? null : phrase.Text;
        var marked = MarkedName(doc, first, last);
        if (name is null && marked is not null)
        {
            name = marked.Value.Name;
            role = marked.Value.Descriptor;
        }

        var head = HeadWord(t, words);
        var isTitled = ArabicLexicon.IsTitle(t[words[0]].Fold);
        if (name is null && isTitled)
        {
            for (var n = 1; n < words.Count; n++)
            {
                var k = words[n];
                var stem = Stem(t[k].Fold);
                if (!t[k].IsDefinite && !ArabicLexicon.Titles.Contains(t[k].Fold) && !IsFunctionWord(t[k].Fold)
                    && KindOf(stem) is null && (t[words[n - 1]].IsDefinite || doc.Tokens[k - 1].Raw is "(" or "\""
                        || t[words[n - 1]].Fold is "باسمه" or "باسمها" or "باسمهم"))
                {
                    name = doc.Slice(t[k].Start, t[words[^1]].End);
                    role = doc.Slice(t[words[0]].Start, t[words[n - 1]].End);
                    break;
                }
            }
        }

        ActorKind kind;
        if (anonymous || name is null && ArabicLexicon.AnonymousHeads.Contains(head))
            kind = ActorKind.AnonymousSource;
        else if (apposition is not null || name is not null && isTitled && marked is null)
            kind = ActorKind.Person;
        else
            kind = words.Select(k => KindOf(Stem(t[k].Fold))).FirstOrDefault(k => k is not null)
                ?? (isTitled || name is not null ? ActorKind.Person : ActorKind.Other);

        return new SpeakerPhrase(phrase, Clean(name ?? phrase.Text), role, kind);
    }

    /// <summary>The stem used for kind look-ups: conjunction, preposition and article removed.</summary>
    public static string Stem(string fold)
    {
        var s = ArabicLexicon.WithoutConjunction(fold);
        if (s.StartsWith("لل", StringComparison.Ordinal) && s.Length > 4)
            return s[2..];
        if (s.Length > 4 && s[0] is 'ب' or 'ل' or 'ك' && s[1] == 'ا' && s[2] == 'ل')
            return s[3..];
        if (s.StartsWith("ال", StringComparison.Ordinal) && s.Length > 3)
            return s[2..];
        return s;
    }

    /// <summary>
    /// Whether the folded word is <paramref name="noun"/> as written or as its <see cref="Stem"/>: وزارة as written, since
    /// Stem would take its root و for a conjunction, and ووزارة / الوزارة by their stem.
    /// </summary>
    public static bool IsNoun(string fold, string noun) => fold == noun || Stem(fold) == noun;

    public static ActorKind? KindOf(string stem)
    {
        foreach (var (kind, list) in KindWords)
            if (list.Contains(stem))
                return kind;
        return null;
    }

    private static string HeadWord(List<Token> t, List<int> words)
    {
        var i = 0;
        while (i < words.Count - 1 && ArabicLexicon.Quantifiers.Contains(ArabicLexicon.WithoutConjunction(t[words[i]].Fold)))
            i++;
        return ArabicLexicon.WithoutConjunction(t[words[i]].Fold);
    }

    private static (string Name, string Descriptor)? MarkedName(ArticleText doc, int first, int last)
    {
        var t = doc.Tokens;
        for (var k = first; k < last; k++)
        {
            if (t[k].Raw is not ("(" or "\"" or "«"))
                continue;
            var close = t[k].Raw switch { "(" => ")", "«" => "»", _ => "\"" };
            var end = k + 1;
            while (end < last && !t[end].Is(close))
                end++;
            var inner = end - k - 1;
            if (end < last && inner is >= 1 and <= 4 && !IsAgeNote(t, k + 1, end))
            {
                var rest = doc.Slice(t[first].Start, t[k].Start).Trim();
                return (doc.Slice(t[k + 1].Start, t[end - 1].End), rest);
            }
        }

        return null;
    }

    /// <summary>سلمى (35 عاماً): a parenthesis with a number or an age is no name.</summary>
    private static bool IsAgeNote(List<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (t[k].Raw.Any(char.IsDigit) || t[k].Fold is "عاما" or "عام" or "سنه" or "عمره" or "عمرها")
                return true;
        }

        return false;
    }

    private static bool IsNameMark(Token t) => t.Raw is "(" or ")" or "\"" or "«" or "»";

    private static bool IsFunctionWord(string fold) => fold is "في" or "من" or "باسم" or "باسمه" or "باسمها" or "باسمهم" or "عن" or "مع" or "لدي" or "هذه" or "هذا" or "ذلك" or "تلك";

    private static string Clean(string name) => name.Trim().Trim('(', ')', '"', '«', '»', '،', ',').Trim();
}
