namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "The government has not confirmed the visit", "the club did not deny the report", "has yet to confirm" is no
/// statement: a reporting verb right after a negation (one adverb may stand between) reports nothing, and the clause after it
/// keeps its own subject.
/// </summary>
internal sealed partial class EnglishRules
{
    private bool NegatedReport(int v, int first)
    {
        var k = v - 1;
        if (k > first && _t[k].Fold is "yet" or "publicly" or "officially" or "immediately" or "formally" or "explicitly" or "independently" or "directly")
            k--;
        if (k < first || !_t[k].IsWord)
            return false;
        var fold = _t[k].Fold;
        return fold is "not" or "never" || fold.EndsWith("n't", StringComparison.Ordinal) || fold.EndsWith("n’t", StringComparison.Ordinal);
    }
}
