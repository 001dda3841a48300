namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "لكن نقابة الأطباء كذّبت الأرقام الرسمية": after a contrast the subject came before the verb, so the noun
/// after the verb is its object (what is denied or confirmed), never a second subject.
/// </summary>
internal sealed partial class ArabicRules
{
    /// <summary>
    /// Whether the verb at v has its subject between an opening contrast (لكن، غير أن، إلا أن) and itself and a noun
    /// right after it; an occasion after the verb (كذّب في تصريح لإذاعة X) is read as before, for the outlet it names.
    /// </summary>
    private bool HasFrontedSubject(int v, Reporting r) =>
        r.Shape == VerbShape.Verb && v > 0 && v + 1 < _t.Count && _t[v - 1].IsWord && _t[v + 1].IsWord && !IsAdverbial(v + 1)
        && !ArabicLexicon.SubjectStops.Contains(_t[v + 1].Fold) && SubjectAfterContrast(v, _sentenceFirst) is var f and >= 0
        && f < v && !IsAdverbial(f) && !HasSubjectStop(f, v) && ArabicSpeakers.Build(doc, f, v) is not null;

    // لكن في المقابل نفت الوزارة / لكن أمس نفت: a phrase of place or time is no subject.
    private bool HasSubjectStop(int f, int v)
    {
        for (var x = f; x < v; x++)
        {
            if (_t[x].Fold is "في" or "من" || ArabicLexicon.SubjectStops.Contains(_t[x].Fold))
                return true;
        }

        return false;
    }
}
