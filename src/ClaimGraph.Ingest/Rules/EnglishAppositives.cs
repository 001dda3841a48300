namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: "NetFreedom Coalition, the industry group that brought the suit, called ...": the relative pronoun
/// belongs to an apposition closed by the comma before the verb, so the subject goes on before it.
/// </summary>
internal sealed partial class EnglishRules
{
    /// <summary>
    /// The index of the comma opening the apposition when the relative pronoun at <paramref name="rel"/> sits in
    /// ", the NOUN that/which/who ... ," right before the verb at <paramref name="v"/>; -1 otherwise.
    /// </summary>
    private int AppositiveRelative(int rel, int first, int v)
    {
        var close = v - 1;
        while (close > rel && _t[close].Fold is "also" or "later" or "has" or "have" or "had")
            close--;
        if (close <= rel + 1 || _t[close].Raw != "," || v - rel > 12)
            return -1;
        for (var x = rel + 1; x < close; x++)
            if (!_t[x].IsWord && _t[x].Raw is not ("-" or "'" or "’") || doc.InSpeech(x))
                return -1;
        // The apposition opens with a determiner after a comma, a few words before the pronoun: ", the group that".
        for (var k = rel - 1; k > first && rel - k <= 6; k--)
        {
            if (!_t[k].IsWord)
                return _t[k].Raw == "," && k + 1 < rel && _t[k + 1].Fold is "the" or "a" or "an" or "its" or "their" or "which" && k > first && _t[k - 1].IsWord ? k : -1;
        }

        return -1;
    }
}
