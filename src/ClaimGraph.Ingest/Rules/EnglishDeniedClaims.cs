using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 9: "X rejected the accusation" / "dismissed the reports as speculation" denies the claim the paragraph made
/// before it, so the denial's words are that claim's words: the first statement of another speaker in the paragraph.
/// A denial that says what it denies ("denied taking bribes") or names no claim ("rejected the offer") keeps its words.
/// </summary>
internal sealed partial class EnglishRules
{
    // What an accusation takes up: an earlier "accused ... of" / "blamed ... for" / "alleged".
    private static readonly HashSet<string> AccusationWords = ["accusation", "accusations", "allegation", "allegations", "charge", "charges"];

    private static readonly HashSet<string> AccusingWords = ["accused", "accuses", "accusing", "accuse", "blamed", "blames", "blaming", "alleged", "alleges", "alleging"];

    // What reports take up: an earlier statement of unnamed sources ("three diplomats familiar with the talks said").
    private static readonly HashSet<string> ReportWords = ["report", "reports", "rumour", "rumours", "rumor", "rumors", "speculation", "stories"];

    private void DeniedEarlierClaims()
    {
        for (var i = 1; i < _found.Count; i++)
        {
            var d = _found[i];
            if (d.Stance != Stance.Denies || d.Speaker is null || DeniedNoun(d.Content) is not { } noun)
                continue;
            for (var j = 0; j < i; j++)
            {
                var e = _found[j];
                if (!SameParagraph(e.Evidence.Start, d.Evidence.Start) || e.Stance is not (Stance.Asserts or Stance.Confirms)
                    || e.Speaker is null || SameWrittenName(e.Speaker, d.Speaker) || e.Content.End > d.Evidence.Start)
                    continue;
                // Sources quoted by an outlet ("two officials told Reuters"): "the reports" are the outlet's, denied as such.
                if (AccusationWords.Contains(noun) ? !Accuses(e) : e.Speaker.Kind != ActorKind.AnonymousSource || e.RelayedBy is not null)
                    continue;
                // Clauses without a subject after the denial ("..., saying ...") stay the denier's once its words move.
                for (var k = i + 1; k < _found.Count && _found[k].Speaker is null && SameParagraph(_found[k].Evidence.Start, d.Evidence.Start); k++)
                    _found[k].Speaker = d.Speaker;
                d.Evidence = e.Content;
                d.Content = e.Content;
                break;
            }
        }
    }

    /// <summary>"the accusation" / "the reports as premature speculation": the claim noun among the first three words.</summary>
    private string? DeniedNoun(Phrase p)
    {
        var k = IndexAt(p.Start);
        if (k >= _t.Count || _t[k].Fold is not ("the" or "these" or "those" or "this" or "such" or "its" or "their"))
            return null;
        for (var m = k; m < _t.Count && _t[m].Start < p.End && m - k < 12; m++)
        {
            // "dismissed reports that ...": the denial says what it denies.
            if (_t[m].Fold is "that" or "of" or "about")
                return null;
        }

        for (var n = 0; k < _t.Count && _t[k].Start < p.End && n < 3; k++, n++)
            if (AccusationWords.Contains(_t[k].Fold) || ReportWords.Contains(_t[k].Fold))
                return _t[k].Fold;
        return null;
    }

    // An accusing verb between the speaker and the words: "Fishermen have accused the plant of releasing waste".
    private bool Accuses(Finding e)
    {
        var from = IndexAt(Math.Min(e.Speaker!.Phrase.End, e.Content.Start));
        var to = IndexAt(Math.Max(e.Speaker.Phrase.End, e.Content.Start));
        for (var k = from; k <= to && k < _t.Count && k - from < 12; k++)
            if (AccusingWords.Contains(_t[k].Fold))
                return true;
        return false;
    }
}
