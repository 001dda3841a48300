using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: a sentence that only frames what was said ("Markovic made the remarks in an interview with the Financial
/// Ledger", "She was speaking to Radio Vera", "The comments came in an interview with X") gives its outlet to the
/// statements of that speaker around it in the paragraph: those before it, and those after it until another speaker
/// speaks. A continuation ("she added") then inherits it as usual.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> RemarkNouns = ["remarks", "comments", "interview", "statements", "conversation", "comment", "remark"];

    private void InterviewFrames()
    {
        if (_found.Count == 0)
            return;
        EvidenceSpans? spans = null;
        foreach (var s in doc.Sentences)
        {
            var start = _t[s.First].Start;
            var end = _t[Math.Max(s.First, s.Last - 1)].End;
            spans ??= new EvidenceSpans(_found);
            if (spans.AnyStartIn(start, end) || spans.AnyCovers(start) || !FramesSpeaker(s.First, s.Last))
                continue;
            var relay = FrameOutlet(s.First, s.Last);
            if (relay is null)
                continue;
            var before = _found.Where(f => f.Evidence.End <= start && SameParagraph(f.Evidence.Start, start)).OrderBy(f => f.Evidence.Start).ToList();
            var target = before.LastOrDefault(f => f.Speaker is not null)?.Speaker;
            if (target is null || !SubjectIs(s.First, s.Last, target))
                continue;
            for (var j = before.Count - 1; j >= 0 && (before[j].Speaker is null || StatementExtractor.SameSpeaker(before[j].Speaker!, target)); j--)
                before[j].RelayedBy ??= relay;
            foreach (var f in _found.Where(f => f.Evidence.Start >= end && SameParagraph(f.Evidence.Start, start)).OrderBy(f => f.Evidence.Start))
            {
                if (f.Speaker is not null && !StatementExtractor.SameSpeaker(f.Speaker, target))
                    break;
                if (f.Speaker is not null)
                    f.RelayedBy ??= relay;
            }
        }
    }

    // The sentence opens with a pronoun, the speaker's name, or "the/her/his remarks".
    private bool FramesSpeaker(int first, int last)
    {
        var k = first;
        while (k < last && !_t[k].IsWord)
            k++;
        return k + 1 < last && (_t[k].Fold is "he" or "she" or "they" || _t[k].IsCapitalised && !(_t[k].Fold is "in" or "on" or "at" or "after")
            || _t[k].Fold is "the" or "her" or "his" or "their" or "those" or "these" && RemarkNouns.Contains(_t[k + 1].Fold));
    }

    private bool SubjectIs(int first, int last, SpeakerPhrase target)
    {
        var k = first;
        while (k < last && !_t[k].IsWord)
            k++;
        if (!_t[k].IsCapitalised || _t[k].Fold is "she" or "he" or "they" or "the" or "her" or "his" or "their" or "those" or "these")
            return true;
        var name = target.Key.Split(' ');
        return name.Contains(_t[k].Fold, StringComparer.Ordinal) || k + 1 < last && name.Contains(_t[k + 1].Fold, StringComparer.Ordinal);
    }

    // "in an interview with X" / "in remarks to X" / "speaking to X" / "gave an interview to X" inside the sentence.
    private SpeakerPhrase? FrameOutlet(int first, int last)
    {
        for (var k = first; k < last && k - first < 30; k++)
        {
            if (_t[k].Fold == "in" && (RemarkNouns.Contains(_t[Math.Min(last - 1, k + 1)].Fold) || RemarkNouns.Contains(_t[Math.Min(last - 1, k + 2)].Fold)))
            {
                var n = k;
                if (InterviewRelay(ref n, last) is { } relay)
                    return relay;
            }

            if (_t[k].Fold is "speaking" or "spoke" or "interview" && k + 2 < last && _t[k + 1].Fold is "to" or "with")
            {
                var a0 = k + 2;
                var a1 = _t[a0].Fold == "the" ? a0 + 1 : a0;
                var capitals = a1;
                a1 = CapitalRunEnd(a1, Math.Min(last, a1 + 5));
                if (a1 > capitals && (a0 < capitals || Enumerable.Range(capitals, a1 - capitals).Any(x => EnglishSpeakers.KindOf(_t[x].Fold) is ActorKind.MediaOutlet))
                    && EnglishSpeakers.KindOf(_t[a1 - 1].Fold) is not ActorKind.Government && !EnglishLexicon.Titles.Contains(_t[capitals].Fold))
                    return new SpeakerPhrase(Span(a0, a1), doc.Slice(_t[a0].Start, _t[a1 - 1].End), null, ActorKind.MediaOutlet);
            }
        }

        return null;
    }
}
