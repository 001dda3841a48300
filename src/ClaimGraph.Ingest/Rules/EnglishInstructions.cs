namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: instructions. "told residents to stay indoors" / "warned fans to stay away" (an object of up to five words,
/// then "to" and a verb) and a quotation that opens with an order ("«Stay inside and keep your windows shut,» the chief
/// said", "«Please don't ...»") demand. "told the Post that it wanted to leave" and "«Stay-at-home orders ...»" do not.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> ImperativeVerbs =
    [
        "stay", "keep", "stop", "leave", "give", "let", "help", "send", "get", "come", "go", "bring", "take", "listen", "wait", "vote",
        "support", "join", "save", "protect", "end", "free", "release", "return", "please", "avoid", "evacuate", "call", "check", "boil",
        "remain", "respect", "hold", "open", "close", "show", "tell", "act", "withdraw", "resign", "apologise", "apologize", "pay", "fix",
        "donate", "register", "report", "follow", "wear", "think", "remember", "look", "stand", "lift", "allow", "pull", "put", "move",
    ];

    private static readonly HashSet<string> Determiners10 = ["the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "my", "our", "your", "be", "have"];

    private bool ToldToAct(int n, int last)
    {
        for (var m = n; m < last && m <= n + 5; m++)
        {
            if (!_t[m].IsWord || _t[m].Fold is "that" or "who" or "which" or "about" or "of")
                return false;
            if (_t[m].Fold == "to")
                return m > n && m + 1 < last && _t[m + 1].IsWord && !Determiners10.Contains(_t[m + 1].Fold) && !_t[m + 1].IsCapitalised;
        }

        return false;
    }

    // The quotation's first word, right after its opening mark, is an order: "Stay ...", "Don't ...", "Do not ...", "Please ...".
    private bool ImperativeQuote(int c0, int c1)
    {
        if (c0 < 1 || c0 + 1 >= c1 || doc.QuoteAt(c0 - 1) is not { } q || q.Open != c0 - 1 || !_t[c0].IsCapitalised)
            return false;
        var first = _t[c0].Fold;
        var next = _t[c0 + 1];
        if (first is "don't" or "don’t" || first == "do" && next.Fold == "not" || first == "do" && next.Raw is "n't" or "n’t")
            return true;
        // "Stay inside", not "Stay-at-home orders" or "Help is on its way".
        return ImperativeVerbs.Contains(first) && next.IsWord && next.Fold is not ("is" or "was" or "are" or "were" or "has" or "had" or "will" or "would")
            && !(c0 + 1 < c1 && _t[c0 + 1].Raw == "-");
    }
}
