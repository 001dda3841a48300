namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: "talks on the disputed fishing zone", "a confirmed case", "its stated aim": a reporting verb's past form right
/// after a determiner and before a noun is an adjective, never a report.
/// </summary>
internal sealed partial class EnglishRules
{
    private bool AdjectivalParticiple(int i, int first) =>
        i > first && _t[i - 1].Fold is "the" or "a" or "an" or "its" or "their" && _t[i].Fold.EndsWith("ed", StringComparison.Ordinal)
        && i + 1 < _t.Count && _t[i + 1].IsWord && _t[i + 1].Fold is not ("that" or "by" or "to");
}
