namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: "وجاءت تصريحات الوزير في مقابلة مع صحيفة «الشرق الجديد»": a sentence that only says where the remarks were
/// made. The outlet relays the speaker's words just before it (the run of his statements in the paragraph), and the
/// clauses without a subject after it continue them with that relay.
/// </summary>
internal sealed partial class ArabicRules
{
    private static readonly HashSet<string> RemarksNouns = ["تصريحات", "تصريح", "اقوال", "حديث", "كلام", "التصريحات", "هذه", "ذلك"];

    private void RemarksFrames()
    {
        foreach (var s in doc.Sentences)
        {
            var v = s.First;
            if (v + 3 >= s.Last || ArabicLexicon.WithoutConjunction(_t[v].Fold) is not ("جاءت" or "جاء" or "وردت" or "ورد") || !RemarksNouns.Contains(_t[v + 1].Fold))
                continue;
            (SpeakerPhrase Outlet, int End)? frame = null;
            for (var k = v + 2; k < s.Last && k < v + 8 && frame is null; k++)
            {
                if (_t[k].Fold == "في")
                    frame = OccasionOutlet(k, s.Last);
            }

            if (frame is not { } found)
                continue;
            var paragraph = doc.Text.LastIndexOf('\n', Math.Max(0, _t[v].Start - 1)) + 1;
            SpeakerPhrase? speaker = null;
            for (var i = _found.Count - 1; i >= 0; i--)
            {
                var f = _found[i];
                if (f.Evidence.Start >= _t[v].Start)
                    continue;
                if (f.Evidence.Start < paragraph || f.Speaker is not null && speaker is not null && !StatementExtractor.SameSpeaker(f.Speaker, speaker))
                    break;
                speaker ??= f.Speaker;
                f.RelayedBy ??= found.Outlet;
            }
        }
    }
}
