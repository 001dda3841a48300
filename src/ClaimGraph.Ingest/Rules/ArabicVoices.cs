using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: "ونفت هيئة الدفاع، على لسان المحامية سناء الدريدي، أن ..." / "وقالت الوزارة على لسان الناطق باسمها أحمد
/// صالح إن ...": the body speaks through a named person, and the annotator files the words under that person.
/// </summary>
internal sealed partial class ArabicRules
{
    /// <summary>The named person after "على لسان" at k (up to a comma, a complementizer or eight words); end is where it stops.</summary>
    private SpeakerPhrase? VoiceAt(int k, int last, out int end)
    {
        end = k;
        if (!(k + 2 < last && _t[k].Fold == "علي" && _t[k + 1].Fold == "لسان" && _t[k + 2].IsWord))
            return null;
        var e = k + 2;
        while (e < last && e - k < 10 && _t[e].IsWord && !ArabicLexicon.Complementizers.Contains(_t[e].Fold) && ArabicLexicon.Lookup(_t[e].Fold) is null)
            e++;
        if (ArabicSpeakers.Build(doc, k + 2, e) is not { Kind: ActorKind.Person } voice || !voice.Name.Contains(' ', StringComparison.Ordinal))
            return null;
        end = e;
        return voice;
    }
}
