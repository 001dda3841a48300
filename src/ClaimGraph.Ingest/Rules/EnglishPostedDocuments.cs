namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "The Front, in a statement posted on its channels, called on ..." / "The union, in a letter written to members,
/// said ...": a reporting word's past form right after a document noun modifies the noun; the subject is further back.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> PostedNouns =
    [
        "statement", "statements", "letter", "message", "video", "post", "posts", "note", "notice", "tweet", "communique",
        "communiqué", "release", "report", "document", "recording", "speech", "address", "interview", "bulletin", "memo",
    ];

    private bool PostedDocument(int k, int first) =>
        k > first && _t[k].Fold.EndsWith("ed", StringComparison.Ordinal) && PostedNouns.Contains(_t[k - 1].Fold)
        && _t[k - 2 >= first ? k - 2 : first].Fold is "a" or "an" or "the" or "its" or "his" or "her" or "their" or "our";
}
