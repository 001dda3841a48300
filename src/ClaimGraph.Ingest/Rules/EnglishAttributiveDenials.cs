namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 9: a denial word before a noun describes that thing, not the claim ("fictitious suppliers", "misleading voters",
/// "fabricated evidence"): the words accuse someone rather than deny. Before a claim noun ("false claims", "misleading
/// information") or standing as the predicate ("were false", "false and misleading") it still denies.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> AttributiveDenialWords =
    [
        "false", "fabricated", "fictitious", "misleading", "inaccurate", "untrue", "baseless", "groundless", "unfounded",
        "slanderous", "defamatory", "absurd", "ridiculous", "incorrect", "fiction", "fake",
    ];

    private static readonly HashSet<string> ClaimNounsAfterDenialWords =
    [
        "claim", "claims", "allegation", "allegations", "accusation", "accusations", "report", "reports", "information", "news",
        "statement", "statements", "story", "stories", "rumours", "rumors", "narrative", "figures", "picture", "impression", "account",
    ];

    private static readonly HashSet<string> LinkWords =
    [
        "and", "or", "but", "nor", "to", "in", "of", "by", "as", "for", "at", "on", "with", "from", "that", "because", "since",
    ];

    private bool Attributive(int k, string[] phrase, int c1)
    {
        if (phrase.Length != 1 || !AttributiveDenialWords.Contains(phrase[0]) || k + 1 >= c1)
            return false;
        var next = _t[k + 1];
        return next.IsWord && !LinkWords.Contains(next.Fold) && !ClaimNounsAfterDenialWords.Contains(next.Fold);
    }
}
