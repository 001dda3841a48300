namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "according to figures released by the county health department on Monday" / "according to data from the
/// statistics office": the body that issued the figures speaks. Only a data noun first, then "by" or "from" within four
/// words; a time adverbial after the issuer is no part of it.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> IssuerTimeWords =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "weekend",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private SpeakerPhrase? DataIssuer(int n0, int n1)
    {
        for (var k = n0 + 1; k < n1 && k - n0 <= 4; k++)
        {
            if (_t[k].Fold is not ("by" or "from"))
                continue;
            var e = k + 1;
            while (e < n1 && !(_t[e].Fold is "on" or "last" or "this" or "earlier" or "in" && e + 1 < n1 && IssuerTimeWords.Contains(_t[e + 1].Fold)))
                e++;
            return e > k + 1 ? EnglishSpeakers.Build(doc, k + 1, e) : null;
        }

        return null;
    }
}
