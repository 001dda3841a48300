using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: "he" or "she" cannot continue a club, a ministry or a company. When the last speaker is a body, the
/// pronoun is the person named last in the paragraph before it ("Banner himself appeared to settle the matter.
/// «...,» he told Sports Radio North"), filed under the fullest form of that name the paragraph gives ("Striker Leo
/// Banner"). With no such person, the pronoun continues the last speaker as before.
/// </summary>
internal sealed partial class EnglishRules
{
    private SpeakerPhrase? PersonForPronoun(List<int> words, int v)
    {
        if (words.Count != 1 || _t[words[0]].Fold is not ("he" or "she"))
            return null;
        var previous = _found.LastOrDefault(f => f.Speaker is not null)?.Speaker;
        if (previous is null || previous.Kind is ActorKind.Person or ActorKind.AnonymousSource or ActorKind.Other
            || !SameParagraph(previous.Phrase.Start, _t[v].Start))
            return null;
        var (first, _) = ParagraphTokens(words[0]);
        var floor = Math.Max(first, words[0] - 80);
        for (var k = words[0] - 1; k >= floor; k--)
        {
            if (!_t[k].IsCapitalised || doc.InSpeech(k) || k > floor && _t[k - 1].IsCapitalised)
                continue;
            var end = k;
            while (end < words[0] && _t[end].IsCapitalised)
                end++;
            var start = SentenceInitial(k) && EnglishLexicon.Lookup(_t[k].Fold) is null && _t[k].Fold is "the" or "but" or "and" or "in" or "on" or "at" or "after" or "a" ? k + 1 : k;
            if (start >= end)
                continue;
            var person = EnglishSpeakers.Build(doc, start, end);
            if (person?.Kind == ActorKind.Person)
                return person with { Phrase = Span(words[0], words[0] + 1) };
            if (end - start == 1 && FullerName(first, start, _t[start].Fold) is { } full)
                return full with { Phrase = Span(words[0], words[0] + 1) };
            if (person is not null && person.Kind != ActorKind.Other)
                return null;
        }

        return null;
    }

    private bool SentenceInitial(int k) => k == 0 || _t[k - 1].Raw is "." or "!" or "?" or "\n" || _t[k - 1].Kind == TokenKind.LineBreak;

    // "Banner" → "Striker Leo Banner" earlier in the paragraph, when that reads as a person.
    private SpeakerPhrase? FullerName(int first, int before, string surname)
    {
        for (var k = before - 1; k > first; k--)
        {
            if (_t[k].Fold != surname || !_t[k - 1].IsCapitalised)
                continue;
            var start = k - 1;
            while (start > first && _t[start - 1].IsCapitalised && k - start < 4)
                start--;
            var person = EnglishSpeakers.Build(doc, start, k + 1);
            if (person?.Kind == ActorKind.Person)
                return person;
        }

        return null;
    }
}
