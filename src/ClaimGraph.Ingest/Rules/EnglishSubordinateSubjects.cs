namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 9: a subordinating word in mid-sentence ("... last night after the planning chief admitted that", "... closed
/// because the owner said") opens a clause whose subject starts after it; at the sentence start or after a comma it is an
/// opening phrase the other rules read ("After the meeting, the minister said").
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> Subordinators = ["after", "because", "when", "until", "before", "once", "since", "whereas"];

    private bool SubordinateStart(int k, int first, int v)
    {
        if (!Subordinators.Contains(_t[k].Fold) || k <= first || !_t[k - 1].IsWord || k + 2 > v)
            return false;
        for (var m = k + 1; m < v; m++)
        {
            if (_t[m].Raw == "," || doc.InSpeech(m))
                return false;
        }

        return true;
    }
}
