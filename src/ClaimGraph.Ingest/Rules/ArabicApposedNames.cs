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
    ];

    /// <summary>Words that join the parts of one long name (فيصل بن راشد الكعبي، عبد الحميد، أبو علي).</summary>
    private static readonly HashSet<string> NameJoiners = ["بن", "بنت", "ابن", "ابو", "ام", "عبد", "ال"];

    /// <summary>Whether the words seg..segEnd (before a closing comma) are a person's name apposed to a subject.</summary>
    private bool IsApposedNameSegment(int seg, int segEnd)
    {
        var n = segEnd - seg;
        if (n < 1)
            return false;
        var first = seg < segEnd && Honorifics.Contains(_t[seg].Fold) ? seg + 1 : seg;
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
        var first = Honorifics.Contains(_t[seg].Fold) && seg + 1 < segEnd ? seg + 1 : seg;
        return doc.Slice(_t[first].Start, _t[segEnd - 1].End);
    }
}
