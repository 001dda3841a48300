using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: a person met earlier in the paragraph and spoken of again by surname or by title. A surname alone
/// (الكعبي، بن سالم) is the full name written before it (ناصر بن حمد الكعبي); a bare title (الوزير، النائبة، المدرب،
/// المحامية) is the last named person of the paragraph whose role carries that title, or who has no other title, of the
/// same gender where the title marks it. With no such person the speaker stays as written.
/// </summary>
internal static class ArabicPersonBackReferences
{
    /// <summary>Titles of a person, without the article; a final ه (ة) marks the feminine.</summary>
    private static readonly HashSet<string> PersonTitles =
    [
        "وزير", "وزيره", "نايب", "نايبه", "رييس", "رييسه", "مدير", "مديره", "محافظ", "والي", "سفير", "سفيره", "قنصل", "مدرب",
        "مدربه", "لاعب", "لاعبه", "محامي", "محاميه", "قاضي", "قاضيه", "متحدث", "متحدثه", "ناطق", "ناطقه", "مستشار", "مستشاره",
        "مكلف", "مكلفه", "منسق", "منسقه", "قايد", "امين", "امينه", "مفوض", "مفوضه", "مبعوث", "مبعوثه", "مندوب", "مندوبه",
        "طبيب", "طبيبه", "مهاجم", "حارس", "زعيم", "زعيمه", "ناشط", "ناشطه", "قيادي", "قياديه", "باحث", "باحثه", "خبير",
        "خبيره", "محلل", "محلله", "عمده", "مفتش", "مفتشه", "مدعي", "نقيب", "عميد", "عقيد", "لواء", "مهندس", "مهندسه", "استاذ",
        "استاذه", "صحفي", "صحفيه", "مراسل", "مراسله", "كاتب", "كاتبه", "ممثل", "ممثله", "مخرج", "مخرجه", "وكيل", "وكيله",
        "مسعف", "ممرض", "ممرضه", "جراح", "مراقب", "رياضي", "بطل", "بطله", "قبطان", "مالك",
    ];

    /// <summary>Adjectives a bare title may carry (المدير الفني، المدعي العام، المتحدث الرسمي).</summary>
    private static readonly HashSet<string> TitleAdjectives =
    [
        "العام", "العامه", "الفني", "الرسمي", "الرسميه", "التنفيذي", "التنفيذيه", "الوطني", "الوطنيه", "الاقليمي", "الاقليميه",
        // The visiting minister, the former coach, the new director (الوزير الضيف، المدرب السابق، المدير الجديد).
        "الضيف", "الزاير", "السابق", "السابقه", "الاسبق", "الجديد", "الجديده", "المستقيل", "المستقيله", "المقال", "المقاله", "الشاب", "الشابه",
    ];

    /// <summary>Words that join the parts of one long name (ناصر بن حمد الكعبي، عبد الحميد، أبو صفية).</summary>
    private static readonly HashSet<string> Joiners = ["بن", "بنت", "ابن", "ابو", "ام", "عبد", "ال"];

    public static void Apply(ArticleText doc, List<Finding> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Speaker is not { Anonymous: false } s || s.Name != s.Phrase.Text || s.Name.AsSpan().Count(' ') > 1)
                continue;
            // The phrase's one or two words, folded once by the tokenizer (folding the written name again costs more).
            var k0 = doc.FirstTokenAt(s.Phrase.Start);
            var folded = doc.Tokens.Skip(k0).TakeWhile(t => t.End <= s.Phrase.End).Where(t => t.IsWord).Select(t => t.Fold).ToArray();
            if (folded.Length is < 1 or > 2)
                continue;
            var paragraph = doc.Text.LastIndexOf('\n', Math.Max(0, s.Phrase.Start - 1)) + 1;
            if (TitleOf(folded) is { } title)
            {
                if (NamedPerson(doc, found, i, title, paragraph) is { } person)
                    found[i].Speaker = person with { Phrase = s.Phrase, Role = s.Phrase.Text };
            }
            else if (FullName(doc, found, i, s, folded, paragraph) is { } full)
            {
                found[i].Speaker = new SpeakerPhrase(s.Phrase, full, s.Role, ActorKind.Person);
            }

            if (found[i].RelayedBy is null && IsAdding(doc, k0) && PreviousSpeaking(found, i) is { RelayedBy: { } relay, Speaker: { } before }
                && found[i].Speaker is { } now && StatementExtractor.SameSpeaker(before, now))
            {
                // "ونقلت وكالة X عن رئيسة الجمعية قولها ... وأضافت الزين:": what she added goes through the same outlet.
                found[i].RelayedBy = relay;
            }
        }
    }

    private static Finding? PreviousSpeaking(List<Finding> found, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (found[j].Speaker is not null)
                return found[j];
        }

        return null;
    }

    /// <summary>Whether the verb right before the subject is one of adding (وأضاف، وأضافت، وتابع، واستطرد).</summary>
    private static bool IsAdding(ArticleText doc, int first)
    {
        var k = first - 1;
        return k >= 0 && doc.Tokens[k].IsWord
            && ArabicLexicon.WithoutConjunction(doc.Tokens[k].Fold) is "اضاف" or "اضافت" or "تابع" or "تابعت" or "استطرد" or "استطردت" or "استدرك" or "استدركت" or "اردف" or "اردفت";
    }

    /// <summary>Whether the words are a bare definite person title (المدرب، الوزيرة، المدير الفني).</summary>
    public static bool IsBareTitle(string text) => TitleOf(text) is not null;

    /// <summary>"النائبة" / "المدير الفني": the title's stem when the phrase is a bare definite title.</summary>
    private static string? TitleOf(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is < 1 or > 2 ? null : TitleOf(words.Select(Tokenizer.Fold).ToArray());
    }

    private static string? TitleOf(string[] folded)
    {
        var first = folded[0];
        if (first.Length < 4 || first[0] is not ('ا' or 'و' or 'ف') || folded.Length == 2 && !TitleAdjectives.Contains(folded[1]))
            return null;
        first = ArabicLexicon.WithoutConjunction(first);
        if (!first.StartsWith("ال", StringComparison.Ordinal))
            return null;
        var stem = first[2..];
        return PersonTitles.Contains(stem) ? stem : null;
    }

    private static bool Feminine(string stem) => stem.EndsWith('ه');

    /// <summary>The last named person before finding i in the paragraph that the title can stand for.</summary>
    private static SpeakerPhrase? NamedPerson(ArticleText doc, List<Finding> found, int i, string title, int paragraph)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (found[j].Speaker is not { } p)
                continue;
            if (p.Phrase.Start < paragraph)
                break;
            if (p.Kind != ActorKind.Person || !p.Name.Contains(' ', StringComparison.Ordinal) || TitleOf(p.Phrase.Text) is not null)
                continue;
            var roleTitles = RoleTitles(p.Role ?? p.Phrase.Text);
            if (roleTitles.Count > 0)
            {
                // وزير التجارة ... الوزير: the title must be his; المتحدث باسم الوزارة is not the minister.
                if (!roleTitles.Contains(title))
                    continue;
                return p;
            }

            if (VerbGender(doc, p.Phrase.Start) is { } feminine && feminine != Feminine(title))
                continue;
            return p;
        }

        return null;
    }

    /// <summary>The person titles among the words of a role (وزير التجارة → وزير; الناطق باسم الوزارة → ناطق).</summary>
    private static List<string> RoleTitles(string role)
    {
        var titles = new List<string>();
        foreach (var w in role.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var stem = ArabicSpeakers.Stem(Tokenizer.Fold(w));
            if (PersonTitles.Contains(stem))
                titles.Add(stem);
        }

        return titles;
    }

    /// <summary>Whether the reporting verb right before a subject is feminine (وقالت، أكدت); null when no verb stands there.</summary>
    private static bool? VerbGender(ArticleText doc, int start)
    {
        var k = doc.FirstTokenAt(start) - 1;
        if (k < 0 || !doc.Tokens[k].IsWord || ArabicLexicon.Lookup(doc.Tokens[k].Fold) is null)
            return null;
        return doc.Tokens[k].Fold.EndsWith('ت');
    }

    /// <summary>"الكعبي" / "بن سالم": the longer name written before in the paragraph that ends with these words.</summary>
    private static string? FullName(ArticleText doc, List<Finding> found, int i, SpeakerPhrase s, string[] folded, int paragraph)
    {
        if (folded.Length == 2 && !Joiners.Contains(folded[0]) || !folded.All(IsNameWord))
            return null;
        for (var j = i - 1; j >= 0; j--)
        {
            if (found[j].Speaker is not { } p)
                continue;
            if (p.Phrase.Start < paragraph)
                break;
            if (p.Kind == ActorKind.Person && p.Name.EndsWith(" " + s.Name, StringComparison.Ordinal))
                return p.Name;
        }

        var t = doc.Tokens;
        var end = doc.FirstTokenAt(s.Phrase.Start);
        string? name = null;
        for (var k = Math.Max(0, end - 300); k + folded.Length <= end; k++)
        {
            if (t[k].Fold != folded[0] || t[k].Start < paragraph || folded.Length == 2 && t[k + 1].Fold != folded[1])
                continue;
            var first = k;
            // Back over the first name and any "بن حمد" / "أبو" parts before the surname.
            while (first - 1 >= 0 && t[first - 1].Start >= paragraph && first - k > -5 && t[first - 1].IsWord && !t[first - 1].IsDefinite && IsNameWord(t[first - 1].Fold))
                first--;
            if (first == k || Joiners.Contains(t[first].Fold))
                continue;
            name = doc.Slice(t[first].Start, t[k + folded.Length - 1].End);
        }

        return name;
    }

    private static bool IsNameWord(string fold) =>
        fold.Length > 1 && ArabicLexicon.Lookup(fold) is null && !ArabicLexicon.SubjectStops.Contains(fold) && !ArabicLexicon.IsTitle(fold)
        && !ArabicLexicon.Complementizers.Contains(fold) && !PersonTitles.Contains(ArabicSpeakers.Stem(fold)) && ArabicSpeakers.KindOf(ArabicSpeakers.Stem(fold)) is null
        && fold is not ("في" or "من" or "مع" or "علي" or "عن" or "الي" or "لكن" or "ثم" or "قد" or "لقد" or "كما" or "او" or "ان" or "انه" or "انها" or "الذي" or "التي" or "ما" or "لا" or "لم" or "لن");
}
