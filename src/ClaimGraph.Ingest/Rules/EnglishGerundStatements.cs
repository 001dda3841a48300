namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: a stance verb's -ing form after "after / before / despite" ("a week after denying that any data was
/// compromised", "before initially confirming that ...") is a statement of the sentence's speaker. Only stance verbs
/// (denying, confirming, admitting ...), not "after saying goodbye" or "before announcing the merger" naming an act.
/// </summary>
internal sealed partial class EnglishRules
{
    /// <summary>Within five words from <paramref name="k"/>: "after / before / despite (initially) denying ...".</summary>
    private bool StanceGerundAhead(int k, int last)
    {
        for (var x = k + 1; x < last && x <= k + 5; x++)
        {
            if (!_t[x].IsWord)
                return false;
            if (_t[x].Fold.EndsWith("ing", StringComparison.Ordinal))
                return GerundAfterPreposition(x, k);
        }

        return false;
    }

    private bool GerundAfterPreposition(int i, int first)
    {
        if (_t[i].Fold is not ("denying" or "rejecting" or "disputing" or "confirming" or "acknowledging" or "admitting" or "conceding"))
            return false;
        var k = i - 1;
        if (k > first && _t[k].Fold is "initially" or "first" or "previously" or "repeatedly" or "publicly" or "earlier" or "flatly")
            k--;
        return k >= first && _t[k].Fold is "after" or "before" or "despite";
    }
}
