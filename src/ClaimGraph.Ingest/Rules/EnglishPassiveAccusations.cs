using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "Greyfell Timber has been accused by environmental groups of clearing protected forest": the agent after "by"
/// asserts the accusation after "of". Only a form of "be" before "accused", and "of" within eight words of "by".
/// </summary>
internal sealed partial class EnglishRules
{
    /// <summary>The index to resume at after the finding, or -1 when "accused" at <paramref name="i"/> is no passive with an agent.</summary>
    private int PassiveAccusation(int i, int first, int last)
    {
        if (!(i > first && _t[i - 1].Fold is "been" or "was" or "were" or "is" or "are" or "being" && i + 2 < last && _t[i + 1].Fold == "by"))
            return -1;
        var of = i + 2;
        while (of < last && of - i <= 10 && _t[of].IsWord && _t[of].Fold != "of")
            of++;
        if (of >= last || _t[of].Fold != "of" || of == i + 2 || of + 1 >= last)
            return -1;
        var agent = EnglishSpeakers.Build(doc, i + 2, of);
        if (agent is null)
            return -1;
        var (c0, c1, resume) = Content(of + 1, last);
        if (c1 <= c0)
            return -1;
        _found.Add(NewFinding(agent, Stance.Asserts, i, c1, c0, c1));
        return resume;
    }
}
