using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "the Front" / "The Alliance" / "the Society" after "the Northern Liberation Front" earlier in the paragraph is that
/// body: a capitalised last word of a longer name, written again with "the". Nothing when no such name comes before.
/// </summary>
internal sealed partial class EnglishRules
{
    private SpeakerPhrase? ShortNamed(SpeakerPhrase s)
    {
        var p = s.Phrase;
        if (p.Text.Length > 40 || p.Text.AsSpan().Count(' ') != 1)
            return null;
        var at = IndexAt(p.Start);
        if (at + 1 >= _t.Count || _t[at].Fold != "the" || !_t[at + 1].IsCapitalised || _t[at + 1].Fold.EndsWith("'s", StringComparison.Ordinal))
            return null;
        var word = _t[at + 1].Fold;
        var (first, _) = ParagraphTokens(at);
        (int Start, int End)? best = null;
        for (var k = first; k < at; k++)
        {
            if (!_t[k].IsCapitalised)
                continue;
            var end = k;
            while (end < at && _t[end].IsCapitalised)
                end++;
            var start = _t[k].Fold is "the" or "a" or "an" ? k + 1 : k;
            if (end - start >= 2 && _t[end - 1].Fold == word)
                best = (start, end);
            k = end;
        }

        if (best is not { } b)
            return null;
        var name = doc.Slice(_t[b.Start].Start, _t[b.End - 1].End);
        return new SpeakerPhrase(p, name, p.Text, s.Kind == ActorKind.Other ? ActorKind.Organisation : s.Kind);
    }
}
