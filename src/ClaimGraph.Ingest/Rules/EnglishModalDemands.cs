namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: reported words whose main clause tells someone what to do with "should", "must" or "ought to"
/// ("the regulator should shut the stockpiles", "people must not let water stand", "you must stay indoors") demand,
/// whatever the reporting verb. Not a guess or a conclusion: "it/there/this must be", "prices should fall" stays
/// (a thing as subject), nor "should have" (hindsight) or "should be fine"; "I should" is the speaker's own duty.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> NonAgentSubjects =
    [
        "it", "this", "that", "there", "which", "what", "i", "prices", "price", "inflation", "rates", "growth", "sales", "profits", "demand",
        "costs", "weather", "results", "figures", "numbers", "talks", "work", "things",
    ];

    // Passive duties after "be": "must be held to account", "should be allowed to vote".
    private static readonly HashSet<string> DutyParticiples =
    [
        "held", "given", "made", "shut", "taken", "brought", "paid", "told", "kept", "sent", "put", "allowed", "banned", "stopped", "closed",
        "punished", "prosecuted", "released", "removed", "returned", "scrapped", "suspended", "sacked", "fired", "investigated", "freed", "compensated",
    ];

    /// <summary>Whether the words from <paramref name="c0"/> open with a subject of up to five words and a modal of duty.</summary>
    private bool ModalDemand(int c0, int c1)
    {
        // Most words have no modal among their first six: look for one before any look-up.
        var any = false;
        for (var m = c0 + 1; m < c1 && m - c0 <= 5 && !any; m++)
            any = _t[m].Fold is "should" or "must" or "ought";
        if (!any)
            return false;
        for (var m = c0 + 1; m < c1 && m - c0 <= 5; m++)
        {
            var t = _t[m];
            if (!t.IsWord && t.Raw is "'" or "’")
                continue;
            if (!t.IsWord)
                return false;
            if (t.Fold is not ("should" or "must" or "ought"))
            {
                if (EnglishLexicon.Lookup(t.Fold) is not null || t.Fold is "is" or "are" or "was" or "were" or "will" or "would" or "has" or "have" or "had"
                    or "can" or "could" or "may" or "might" or "that" or "if" or "when" or "because")
                    return false;
                continue;
            }

            // The subject: not a thing, not "I", and its head (the word before the modal) not a thing either.
            if (NonAgentSubjects.Contains(_t[m - 1].Fold) || m - 1 == c0 && _t[c0].Fold is "it" or "this" or "that" or "there" or "i" or "which" or "what"
                || _t[c0].Fold is "it" or "there" or "this" or "i")
                return false;
            var k = m + 1;
            if (t.Fold == "ought" && k < c1 && _t[k].Fold == "to")
                k++;
            if (k < c1 && _t[k].Fold is "not" or "also" or "now" or "immediately" or "urgently" or "never")
                k++;
            if (k < c1 && doc.QuoteAt(k) is { } q && q.Open == k)
                k++;
            if (k >= c1 || !_t[k].IsWord || _t[k].Fold is "have" or "been" or "get")
                return false;
            if (_t[k].Fold == "be")
                return k + 1 < c1 && (DutyParticiples.Contains(_t[k + 1].Fold) || _t[k + 1].Fold.EndsWith("ed", StringComparison.Ordinal) && _t[k + 1].Fold.Length > 4);
            return true;
        }

        return false;
    }
}
