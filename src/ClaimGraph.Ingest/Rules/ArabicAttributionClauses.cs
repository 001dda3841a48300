namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// "وفق ما أعلنته المديرية في حصيلة جديدة صباح اليوم" / "بحسب ما ذكره الجيش": ما + a reporting verb with its object
/// pronoun, then the body, then an occasion or a time that is no part of its name.
/// </summary>
internal sealed partial class ArabicRules
{
    /// <summary>Norms one acts by (وفق آليات السوق، طبقاً للقانون، حسب الأصول): وفق before them is manner, not a source.</summary>
    private static readonly HashSet<string> NormNouns =
    [
        "اليات", "اليه", "قواعد", "معايير", "شروط", "قانون", "دستور", "احكام", "خطه", "جدول", "ضوابط", "اصول", "نظام", "مبدا",
        "مبادي", "اجراءات", "برنامج", "اتفاق", "اتفاقيه", "تعليمات", "لوايح", "لايحه", "قرار", "قرارات", "اسس", "منهجيه",
        "توجيهات", "تقاليد", "عادات", "اعراف", "نصوص", "بنود", "مقتضيات", "متطلبات", "مواصفات", "حاجه", "احتياجات", "قدرات",
    ];

    /// <summary>Whether the attribution word at i governs a norm (وفق آليات العرض والطلب), so it attributes nothing.</summary>
    private bool IsMannerNotSource(int i, int last)
    {
        var k = i + 1;
        if (k < last && _t[k].Fold == "ل")
            k++;
        return k < last && _t[k].IsWord && ArabicLexicon.WithoutConjunction(_t[i].Fold) is "وفق" or "وفقا" or "طبقا" or "حسب" or "بحسب"
            && (NormNouns.Contains(_t[k].Fold) || NormNouns.Contains(ArabicSpeakers.Stem(_t[k].Fold)));
    }

    /// <summary>أعلن / أعلنته / أعلنتها / ذكره: a reporting verb, bare or with the object pronoun that refers back to ما.</summary>
    private static bool IsReportingVerbWithObject(string fold)
    {
        if (ArabicLexicon.Lookup(fold) is not null)
            return true;
        foreach (var ending in (string[])["ها", "ه"])
        {
            if (fold.Length - ending.Length >= 3 && fold.EndsWith(ending, StringComparison.Ordinal) && ArabicLexicon.Lookup(fold[..^ending.Length]) is not null)
                return true;
        }

        return false;
    }

    /// <summary>في + an occasion (في بيان، في حصيلة جديدة) or a time word (صباح، أمس) after the body: its name has ended.</summary>
    private bool IsAttributionAdverbial(int k, int last) =>
        _t[k].IsWord && (ArabicLexicon.SubjectStops.Contains(_t[k].Fold) && _t[k].Fold is not ("عن" or "الي")
            || _t[k].Fold == "في" && k + 1 < last && ArabicLexicon.IsOccasion(_t[k + 1].Fold));

    /// <summary>The first break after the adverbial at k (within 12 words), or k when none is there.</summary>
    private int AfterAttributionAdverbial(int k, int last)
    {
        for (var e = k; e < last && e - k < 12; e++)
        {
            if (!_t[e].IsWord)
                return _t[e].Raw is "،" or "," or "." or "؛" ? e : k;
        }

        return k;
    }
}
