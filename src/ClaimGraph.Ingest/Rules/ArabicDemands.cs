namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// A demand's object is often a verbal noun with no أن before it (اشترطت الفصائل المسلحة انسحاب القوات): the
/// subject ends where an indefinite verbal noun of the derived patterns (انفعال، افتعال، استفعال، إفعال، تفعيل)
/// starts a construct with a definite word, or where a noun with a possessive ending stands before إلى.
/// </summary>
internal sealed partial class ArabicRules
{
    private int DemandSubjectEnd(int s0, int s1)
    {
        // طالبت النقابة بإجراء تحقيق / بالإفراج عن: ب before a verbal noun after a definite word opens the demand.
        for (var k = s0 + 1; k < s1; k++)
        {
            var w = _t[k].Fold;
            if (_t[k - 1].IsDefinite && w.Length >= 4 && w[0] == 'ب'
                && (IsVerbalNoun(w[1..]) || ArabicLexicon.DemandObjects.Contains(w[1..]) || w.StartsWith("بال", StringComparison.Ordinal) && IsVerbalNoun(w[3..])))
                return k;
            // يطالب المتظاهرون برحيل الحكومة: ب + a bare noun in construct with a definite word, after an untitled subject.
            if (_t[k - 1].IsDefinite && !StartsTitled(s0) && w.Length is 4 or 5 && w[0] == 'ب' && !_t[k].IsDefinite && k + 1 < s1 && _t[k + 1].IsDefinite)
                return k;
        }

        if (s1 - s0 < 2 || !_t[s0].IsDefinite)
            return s1;
        for (var k = s0 + 1; k + 1 < s1; k++)
        {
            if (_t[k - 1].IsDefinite && !_t[k].IsDefinite && _t[k + 1].IsDefinite && IsVerbalNoun(_t[k].Fold))
                return k;
        }

        // دعت الحسيني أنصارها إلى ...: a noun with a possessive ending right before إلى is the one called on.
        var last = s1 - 1;
        if (last > s0 && s1 < _t.Count && _t[s1].Fold == "الي" && _t[last - 1].IsDefinite && !_t[last].IsDefinite
            && _t[last].Fold.Length > 4 && (_t[last].Fold.EndsWith("ها", StringComparison.Ordinal) || _t[last].Fold.EndsWith("هم", StringComparison.Ordinal)))
            return last;
        return s1;
    }

    private static bool IsVerbalNoun(string w)
    {
        var n = w.Length;
        if (n < 5 || n > 7)
            return false;
        return w.StartsWith("است", StringComparison.Ordinal) && n >= 6 && w[n - 2] == 'ا'
            || w[0] == 'ا' && n is 5 or 6 && w[n - 2] == 'ا'
            || w[0] == 'ت' && n == 5 && w[3] == 'ي';
    }
}
