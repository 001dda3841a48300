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
        foreach (var (k, end) in CapitalisedRuns(first, at))
        {
            var start = _t[k].Fold is "the" or "a" or "an" ? k + 1 : k;
            if (end - start >= 2 && _t[end - 1].Fold == word)
                best = (start, end);
        }

        if (best is not { } b)
            return null;
        var name = doc.Slice(_t[b.Start].Start, _t[b.End - 1].End);
        return new SpeakerPhrase(p, name, p.Text, s.Kind == ActorKind.Other ? ActorKind.Organisation : s.Kind);
    }

    /// <summary>"Estrava's ministry" after "the foreign ministry of Estrava": that longer description, as written first.</summary>
    private SpeakerPhrase? PossessiveNamed(SpeakerPhrase s)
    {
        var p = s.Phrase;
        if (p.Text.Length > 40)
            return null;
        var at = IndexAt(p.Start);
        // "Estrava's ministry": a capitalised possessive (one token, or the name, "'" and "s") and a body noun ending the phrase.
        var noun = at + 1 < _t.Count ? _t[at + 1] : null;
        if (noun is null || noun.End != p.End || !_t[at].IsCapitalised || !(_t[at].Fold.EndsWith("'s", StringComparison.Ordinal) || _t[at].Fold.EndsWith("\u2019s", StringComparison.Ordinal)) || !BodyNouns.Contains(noun.Fold))
            return null;
        var owner = _t[at].Fold[..^2];
        var (first, _) = ParagraphTokens(at);
        (int Start, int End)? best = null;
        for (var k = first; k + 2 < at; k++)
        {
            if (_t[k].Fold != noun.Fold || _t[k + 1].Fold != "of" || _t[k + 2].Fold != owner)
                continue;
            var start = k;
            while (start > first && k - start < 3 && _t[start - 1].IsWord && _t[start - 1].Fold is not ("the" or "a" or "an") && !_t[start - 1].IsCapitalised)
                start--;
            if (start > first && _t[start - 1].Fold == "the")
                best = (start - 1, k + 3);
        }

        if (best is not { } b)
            return null;
        var name = doc.Slice(_t[b.Start].Start, _t[b.End - 1].End);
        return new SpeakerPhrase(p, name, p.Text, s.Kind == ActorKind.Other ? ActorKind.Organisation : s.Kind);
    }
}
