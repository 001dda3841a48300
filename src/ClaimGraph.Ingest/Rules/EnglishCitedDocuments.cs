using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "citing police records it had seen" / "citing court documents obtained by the paper" / "citing figures from the
/// ministry": a document heads what is cited, so the reporter stays the speaker; "citing officials who had seen the records" does not.
/// </summary>
internal static class EnglishCitedDocuments
{
    private static readonly HashSet<string> Documents =
    [
        "records", "record", "documents", "document", "report", "reports", "study", "studies", "figures", "data", "statistics",
        "estimates", "polls", "poll", "surveys", "survey", "images", "footage", "filings", "filing", "papers", "emails", "letter",
        "letters", "memo", "memos", "minutes", "transcripts", "transcript", "recordings", "recording", "video", "videos", "photographs",
        "photos", "documentation", "files", "logs", "invoices", "contracts", "accounts", "analysis", "research",
    ];

    // What may follow a document noun that ends its phrase: a relative clause or a participle naming who holds it.
    private static readonly HashSet<string> Continuations =
    [
        "it", "they", "he", "she", "we", "seen", "obtained", "published", "released", "shared", "reviewed", "leaked", "filed",
        "from", "by", "of", "that", "which", "compiled", "issued", "posted", "on", "in",
    ];

    /// <summary>True when one of the first words of the cited span [first, end) is a document noun that ends its noun phrase.</summary>
    public static bool HeadsCitation(List<Token> t, int first, int end)
    {
        for (var j = first; j < end && j - first < 4; j++)
        {
            if (!t[j].IsWord || Continuations.Contains(t[j].Fold) && j > first)
                return false;
            if (Documents.Contains(t[j].Fold) && (j + 1 == end || Continuations.Contains(t[j + 1].Fold)))
                return true;
        }

        return false;
    }
}
