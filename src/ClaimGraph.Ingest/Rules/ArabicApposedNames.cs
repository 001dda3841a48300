using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// A person's name apposed between commas after a title or an organisation phrase ("المتحدث باسم الوزارة، علي جبار
/// الموسوي،"): which segments are such a name, and the name as annotators write it, without its honorific.
/// </summary>
internal sealed partial class ArabicRules
{
    /// <summary>Honorifics and ranks before a name that are no part of it (المهندس فيصل الكعبي is فيصل الكعبي).</summary>
    private static readonly HashSet<string> Honorifics =
    [
        "المهندس", "المهندسه", "الدكتور", "الدكتوره", "د", "الشيخ", "الشيخه", "الاستاذ", "الاستاذه", "السيد", "السيده",
        "الحاج", "الحاجه", "القاضي", "القاضيه", "اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرايد", "النقيب",
        "المحامي", "المحاميه", "البروفيسور", "الاب", "المطران", "الامير", "الاميره",
        // Round 10: a profession or a seat written before the name (الطبيب نبيل حداد، النائب سعد الخفاجي).
        "الطبيب", "الطبيبه", "النايب", "النايبه",
        // A second rank or a style of address before the name: العميد الركن، سمو الأمير، معالي الدكتور، فضيلة الشيخ.
        "الركن", "سمو", "معالي", "سعاده", "فضيله", "سماحه", "فخامه", "الملكي",
    ];

    /// <summary>The noun a صاحب/صاحبة style of address takes (صاحب السمو، صاحبة المعالي).</summary>
    private static readonly HashSet<string> StyleNouns = ["السمو", "المعالي", "الفخامه", "السعاده", "الجلاله", "السماحه", "الفضيله"];

    /// <summary>
    /// The first word of the name after up to four honorifics at seg (القاضي الدكتور حسن، صاحب السمو الأمير فيصل);
    /// seg itself when none stands there, and never past the segment's last word.
    /// </summary>
    private int AfterHonorifics(int seg, int segEnd)
    {
        var x = seg;
        while (x + 1 < segEnd && x - seg < 4)
        {
            if (Honorifics.Contains(_t[x].Fold))
                x++;
            else if (_t[x].Fold is "صاحب" or "صاحبه" && StyleNouns.Contains(_t[x + 1].Fold) && x + 2 < segEnd)
                x += 2;
            else
                break;
        }

        return x;
    }

    /// <summary>Words that join the parts of one long name (فيصل بن راشد الكعبي، عبد الحميد، أبو علي).</summary>
    private static readonly HashSet<string> NameJoiners = ["بن", "بنت", "ابن", "ابو", "ام", "عبد", "ال"];

    /// <summary>سموه، معاليه، سعادتها: a style of address with a pronoun stands for the person named before, like a bare pronoun.</summary>
    private static readonly HashSet<string> HonorificPronouns =
    [
        "سموه", "سموها", "معاليه", "معاليها", "سعادته", "سعادتها", "فخامته", "سماحته", "فضيلته", "جلالته", "جلالتها",
    ];

    private static bool IsHonorificPronoun(SpeakerPhrase speaker) => HonorificPronouns.Contains(Tokenizer.Fold(speaker.Phrase.Text));

    /// <summary>Whether the words seg..segEnd (before a closing comma) are a person's name apposed to a subject.</summary>
    private bool IsApposedNameSegment(int seg, int segEnd)
    {
        var n = segEnd - seg;
        if (n < 1)
            return false;
        var first = AfterHonorifics(seg, segEnd);
        var longName = first > seg || Enumerable.Range(seg, n).Any(x => NameJoiners.Contains(_t[x].Fold));
        if (n - (first - seg) > (longName ? 6 : 4) || first >= segEnd)
            return false;
        for (var x = seg; x < segEnd; x++)
        {
            if (!_t[x].IsWord)
                return false;
            // علي is the name, على the preposition: only the written ى/ي tells them apart once folded.
            if (_t[x].Raw == "علي")
                continue;
            if (ArabicLexicon.Lookup(_t[x].Fold) is not null || ArabicLexicon.SubjectStops.Contains(_t[x].Fold))
                return false;
        }

        return true;
    }

    /// <summary>The apposed name in seg..segEnd without a leading honorific.</summary>
    private string ApposedName(int seg, int segEnd)
    {
        var first = AfterHonorifics(seg, segEnd);
        return doc.Slice(_t[first].Start, _t[segEnd - 1].End);
    }
}
