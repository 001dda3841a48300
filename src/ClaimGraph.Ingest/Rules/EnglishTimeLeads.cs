namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: a time adverbial before a subject is no part of it: "but on Tuesday the company confirmed", "later on Monday
/// the ministry said", "last week the union warned". Skipped only when a subject (a determiner or a capitalised word) follows.
/// </summary>
internal static class EnglishTimeLeads
{
    private static readonly HashSet<string> Days =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly HashSet<string> PartsOfDay = ["morning", "afternoon", "evening", "night", "'s"];

    private static readonly HashSet<string> Periods = ["week", "month", "year", "weekend", "night", "spring", "summer", "autumn", "winter"];

    private static readonly HashSet<string> SubjectStarts = ["the", "a", "an", "its", "his", "her", "their", "our", "he", "she", "they", "we", "it"];

    /// <summary>The first token after "on Tuesday (night)" / "in March" / "last week" / "earlier this month" / "later on Friday" when a subject follows; first otherwise.</summary>
    public static int Skip(List<Text.Token> t, int first, int last)
    {
        var k = first;
        if (k < last && t[k].Fold is "later" or "earlier" or "then")
            k++;
        if (k + 1 < last && t[k].Fold is "on" or "in" && Days.Contains(t[k + 1].Fold))
        {
            k += 2;
            if (k < last && PartsOfDay.Contains(t[k].Fold))
                k++;
        }
        else if (k + 1 < last && t[k].Fold is "last" or "this" or "next" && Periods.Contains(t[k + 1].Fold))
            k += 2;
        else if (k > first || k < last && t[k].Fold is "afterwards" or "meanwhile" or "subsequently" or "separately")
            k = k > first ? k : k + 1; // a lone "Later" / "Meanwhile" before the subject
        else
            return first;

        if (k < last && t[k].Raw == ",")
            k++;
        return k < last && (SubjectStarts.Contains(t[k].Fold) || t[k].IsCapitalised) ? k : first;
    }
}
