namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "Minister Otto Kranz, who had publicly urged the bank to cut rates, told the Post ...": the relative clause
/// is a statement of its own (it ends at the comma before the main verb), and the main verb's subject is the name before
/// ", who". Only a ", who ... ," of at most twelve words right before the verb.
/// </summary>
internal sealed partial class EnglishRules
{
    /// <summary>The comma opening ", who ... ," when that clause closes right before the verb at <paramref name="v"/>; -1 otherwise.</summary>
    private int RelativeBeforeVerb(int v, int first)
    {
        var close = v - 1;
        while (close > first && _t[close].Fold is "also" or "later" or "then")
            close--;
        if (close <= first || _t[close].Raw != "," || doc.InSpeech(close))
            return -1;
        for (var c = close - 1; c > first && close - c <= 14; c--)
        {
            if (_t[c].IsWord || _t[c].Raw is "-" or "'" or "’")
                continue;
            return _t[c].Raw == "," && _t[c + 1].Fold == "who" && _t[c - 1].IsWord && c + 2 < close && !doc.InSpeech(c) ? c : -1;
        }

        return -1;
    }

    /// <summary>The comma at <paramref name="k"/> closes ", who ... ," and a finite reporting verb follows it ("..., told the Post").</summary>
    private bool RelativeCloses(int k, int last)
    {
        if (k + 2 >= last || EnglishLexicon.Lookup(_t[k + 1].Fold) is not { Shape: VerbShape.Verb, Stance: not null }
            || _t[k + 1].Fold is not ("said" or "says" or "told" or "tells" or "added") && _t[k + 2].Fold is "by" or "on" or "in" or "at" or "last" or "earlier" or "this" or "to" or "from")
            return false;
        return RelativeBeforeVerb(k + 1, Math.Max(0, k - 16)) >= 0;
    }
}
