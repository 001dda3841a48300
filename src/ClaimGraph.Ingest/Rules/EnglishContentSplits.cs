using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: one reporting verb, two stances. "«There is no need to panic, but people must not let water stand»"
/// asserts one thing and demands another: each half becomes its own statement of the same speaker (and relay). A
/// "but" splits only when its two halves take different stances, and only words whose stance came from themselves
/// (not from a verb such as denied or confirmed).
/// </summary>
internal sealed partial class EnglishRules
{
    private void SplitContents()
    {
        var count = _found.Count;
        for (var i = 0; i < count; i++)
        {
            var f = _found[i];
            if (f.ClaimGroup is not null || f.RelayedThrough is not null || f.Content.End <= f.Content.Start
                || !f.Content.Text.Contains(", but ", StringComparison.Ordinal))
                continue;
            var c0 = IndexAt(f.Content.Start);
            var c1 = IndexAt(f.Content.End - 1) + 1;
            if (c1 - c0 < 6)
                continue;
            // The cheap look for ", but" first: most statements have none.
            var x = ButAt(c0, c1);
            if (x < 0 || (ContentStance(c0, c1) ?? DemandOr(Stance.Asserts, c0, c1)) != f.Stance)
                continue;
            var a1 = TrimComma(c0, x);
            var b0 = x + 1;
            var sa = ContentStance(c0, a1) ?? DemandOr(Stance.Asserts, c0, a1);
            var sb = ContentStance(b0, c1) ?? DemandOr(Stance.Asserts, b0, c1);
            if (sa == sb)
                continue;
            var e0 = IndexAt(f.Evidence.Start);
            var whole = f.Evidence.End > f.Content.End ? f.Evidence : null;
            (f.Stance, f.Content) = (sa, Span(c0, a1));
            f.Evidence = whole ?? Span(Math.Min(e0, c0), a1);
            // Right after its first half: later passes read the findings in text order.
            _found.Insert(i + 1, new Finding { Speaker = f.Speaker, Stance = sb, Evidence = Span(b0, c1), Content = Span(b0, c1), RelayedBy = f.RelayedBy });
            i++;
            count++;
        }
    }

    // ", but people must ...": the comma before "but", with a few words on each side.
    private int ButAt(int c0, int c1)
    {
        for (var x = c0 + 3; x + 4 < c1; x++)
        {
            if (_t[x].Raw == "," && _t[x + 1].Fold == "but")
                return x + 1;
        }

        return -1;
    }
}
