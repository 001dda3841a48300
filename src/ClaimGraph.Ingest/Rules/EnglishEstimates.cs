using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "Police put the crowd at 6,000", "officials estimated the death toll at 40", "the ministry placed the damage at
/// $3 million": a count or a sum put at a figure is asserted. Only a measure noun after a determiner, then "at" and a
/// number within eight words ("put the blame on", "estimated the building's age" report nothing).
/// </summary>
internal static class EnglishEstimates
{
    public static readonly HashSet<string> Verbs = ["put", "puts", "putting", "estimated", "estimates", "placed", "places", "pegged", "pegs"];

    private static readonly HashSet<string> Measures =
    [
        "crowd", "crowds", "turnout", "toll", "number", "numbers", "figure", "damage", "damages", "cost", "costs", "losses", "loss",
        "bill", "value", "total", "attendance", "casualties", "shortfall", "deficit", "debt", "size", "count", "tally",
    ];

    /// <summary>From <paramref name="k"/>: "the / its (death) crowd ... at (around) 6,000".</summary>
    public static bool MeasureThenAt(List<Token> t, int k, int last)
    {
        if (k >= last || t[k].Fold is not ("the" or "its" or "their" or "his" or "her"))
            return false;
        var measured = false;
        for (var m = k + 1; m < last && m <= k + 8; m++)
        {
            if (!t[m].IsWord)
                return false;
            if (Measures.Contains(t[m].Fold))
                measured = true;
            else if (t[m].Fold == "at" && measured)
                return Figure(t, m + 1, last);
        }

        return false;
    }

    // "6,000", "around 3,000", "$3 million", "more than 200", "40 per cent".
    private static bool Figure(List<Token> t, int k, int last)
    {
        for (var m = k; m < last && m <= k + 3; m++)
        {
            if (t[m].Raw.Length > 0 && (char.IsDigit(t[m].Raw[0]) || t[m].Raw[0] is '$' or '£' or '€'))
                return true;
            if (!(t[m].Fold is "around" or "about" or "roughly" or "some" or "nearly" or "almost" or "over" or "more" or "than" or "less" or "fewer" or "up" or "to" or "at" or "least"
                || t[m].Fold is "two" or "three" or "four" or "five" or "ten" or "dozens" or "hundreds" or "thousands" or "tens"))
                return false;
        }

        return false;
    }
}
