using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Reported words that hold more than one proposition, split where a comma is followed by a connective
/// that opens a clause of its own: "، حيث" (whereby), "، لأن" (because), "، وهناك" (and there is), and the
/// parenthetical "، خاصة وأن ... ،" / "، لا سيما وأن ... ،" (all the more since). Each clause becomes a
/// statement of the same speaker (and relay) asserting it; a clause that runs to the end of the words is
/// cut from the statement it came from, a parenthetical one is left inside it. Runs once over the findings
/// after the rules, so relays set by an enclosing attribution are already in place; looks only inside each
/// finding's own words.
/// </summary>
internal static class ArabicClauseSplits
{
    private const int MinClauseWords = 3;

    public static void Apply(ArticleText doc, List<Finding> found)
    {
        var count = found.Count;
        for (var i = 0; i < count; i++)
        {
            var f = found[i];
            if (f.ClaimGroup is not null)
                continue;
            Split(doc, f, found);
        }
    }

    private static void Split(ArticleText doc, Finding f, List<Finding> found)
    {
        var t = doc.Tokens;
        var c0 = doc.FirstTokenAt(f.Content.Start);
        var c1 = c0;
        while (c1 < t.Count && t[c1].End <= f.Content.End)
            c1++;
        if (c1 - c0 < 2 * MinClauseWords)
            return;

        int? cut = null;
        var k = c0;
        while (k < c1)
        {
            var open = ClauseOpening(t, k, c1);
            if (open is not { } o)
            {
                k++;
                continue;
            }

            var end = o.Parenthetical ? NextComma(t, o.Start, c1) : NextOpening(t, o.Start, c1);
            var words = 0;
            for (var x = o.Start; x < end; x++)
                words += t[x].IsWord ? 1 : 0;
            if (words - o.Connective < MinClauseWords)
            {
                k++;
                continue;
            }

            var runsToEnd = end >= c1;
            if (runsToEnd || !o.Parenthetical)
                cut ??= k;
            var last = end;
            while (last > o.Start && !t[last - 1].IsWord && !IsQuoteClose(doc, last - 1))
                last--;
            var phrase = new Phrase(doc.Slice(t[o.Start].Start, t[last - 1].End), t[o.Start].Start, t[last - 1].End);
            found.Add(new Finding
            {
                Speaker = f.Speaker,
                Stance = Stance.Asserts,
                Evidence = phrase,
                Content = phrase,
                RelayedBy = f.RelayedBy,
                RelayedThrough = f.RelayedThrough,
            });
            k = end;
        }

        if (cut is not { } c)
            return;
        var stop = c;
        while (stop > c0 && !t[stop - 1].IsWord && !IsQuoteClose(doc, stop - 1))
            stop--;
        if (stop <= c0)
            return;
        var endAt = t[stop - 1].End;
        if (f.Evidence.Start < endAt && f.Evidence.End > endAt)
            f.Evidence = new Phrase(doc.Slice(f.Evidence.Start, endAt), f.Evidence.Start, endAt);
        f.Content = new Phrase(doc.Slice(f.Content.Start, endAt), f.Content.Start, endAt);
    }

    /// <summary>At a comma: where the clause it opens starts, how many connective words lead it, and whether it is parenthetical.</summary>
    private static (int Start, int Connective, bool Parenthetical)? ClauseOpening(List<Token> t, int k, int c1)
    {
        if (!IsComma(t[k]) || k + 1 >= c1 || !t[k + 1].IsWord)
            return null;
        var w = t[k + 1].Fold;
        if (w is "حيث" or "لان" or "لانه" or "لانها" or "لانهم")
            return (k + 1, 1, false);
        if (w == "وهناك")
            return (k + 1, 1, false);
        // خاصة وأن / وخاصة أن / لا سيما وأن / لاسيما أن
        var n = k + 1;
        if (w is "خاصه" or "وخاصه" or "لاسيما")
            n = k + 2;
        else if (w == "لا" && k + 2 < c1 && t[k + 2].Fold == "سيما")
            n = k + 3;
        else
            return null;
        if (n < c1 && t[n].Fold is "وان" or "ان" or "انه" or "انها" or "وانه" or "وانها")
            return (k + 1, n + 1 - (k + 1), true);
        return null;
    }

    private static int NextComma(List<Token> t, int k, int c1)
    {
        while (k < c1 && !(t[k].Kind == TokenKind.Punct && t[k].Raw is "،" or "," or "؛" or ";"))
            k++;
        return k;
    }

    private static int NextOpening(List<Token> t, int k, int c1)
    {
        while (k < c1 && !(t[k].Kind == TokenKind.Punct && (t[k].Raw is "؛" or ";" || ClauseOpening(t, k, c1) is not null)))
            k++;
        return k;
    }

    // Most tokens are words: the kind is checked before the text.
    private static bool IsComma(Token token) => token.Kind == TokenKind.Punct && token.Raw is "،" or ",";

    private static bool IsQuoteClose(ArticleText doc, int k) =>
        doc.Tokens[k].Raw is "\"" or "»" or "”" && doc.QuoteAt(k) is { } q && q.Close == k;
}
