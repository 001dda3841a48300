using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 9: a description of a person ("The 22-year-old striker", "the county council's planning chief", "A former finance
/// director of Marlow Water") stands for the person named as a speaker in the sentence just before or just after it, as the
/// annotator writes it. Only when that person is not given another title ("Rovers manager Steve Callan" is no striker).
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> PersonHeads =
    [
        "striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "player", "captain", "chief", "head", "director",
        "executive", "boss", "chairman", "chairwoman", "chair", "founder", "owner", "minister", "mayor", "governor", "secretary",
        "leader", "prosecutor", "lawyer", "judge", "commander", "ceo", "treasurer", "president", "veteran", "teenager", "champion",
        "actor", "actress", "singer", "author", "defendant", "accused", "politician", "senator", "lawmaker", "manager", "coach",
    ];

    private void ResolvePersonDescriptions()
    {
        for (var i = 0; i < _found.Count; i++)
        {
            if (_found[i].Speaker is not { } s || s.Kind == ActorKind.Person && s.Name != s.Phrase.Text || PersonDescriptionHead(s.Phrase) is not { } head)
                continue;
            var at = SentenceOf(IndexAt(s.Phrase.Start));
            var named = AdjacentNamedPerson(i, at, -1, head) ?? AdjacentNamedPerson(i, at, 1, head);
            if (named is not null)
                _found[i].Speaker = named with { Phrase = s.Phrase, Role = s.Phrase.Text };
        }
    }

    /// <summary>The nearest finding in direction <paramref name="step"/> whose speaker is a named person in the sentence next to <paramref name="sentence"/>.</summary>
    private SpeakerPhrase? AdjacentNamedPerson(int index, int sentence, int step, string head)
    {
        for (var j = index + step; j >= 0 && j < _found.Count && SameParagraph(_found[j].Evidence.Start, _found[index].Evidence.Start); j += step)
        {
            if (_found[j].Speaker is not { } e)
                continue;
            var distance = (SentenceOf(IndexAt(e.Phrase.Start)) - sentence) * step;
            if (distance == 0)
                continue;
            if (distance > 1)
                return null;
            if (e.Kind != ActorKind.Person || !e.Name.Contains(' ', StringComparison.Ordinal) || e.Name == e.Phrase.Text && !char.IsUpper(e.Name[0]))
                continue;
            var role = e.Role?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant();
            var lead = e.Name.Split(' ')[0].ToLowerInvariant();
            return role is not null && PersonHeads.Contains(role) && role != head || PersonHeads.Contains(lead) && lead != head ? null : e;
        }

        return null;
    }

    /// <summary>"The 22-year-old striker" / "the head of the regional health authority": the head noun when it names a person's role; null otherwise.</summary>
    private string? PersonDescriptionHead(Phrase p)
    {
        var first = IndexAt(p.Start);
        if (first >= _t.Count || _t[first].Fold is not ("the" or "a" or "an"))
            return null;
        var k = first + 1;
        while (k < _t.Count && _t[k].End <= p.End && k - first < 8 && _t[k].Fold is not ("of" or "for" or "at" or "in" or "from" or "with" or "and" or ","))
        {
            if (_t[k].IsCapitalised && !_t[k].Fold.EndsWith("'s", StringComparison.Ordinal))
                return null;
            k++;
        }

        if (k - first < 3 && !(k < _t.Count && _t[k].End <= p.End && _t[k].Fold == "of"))
            return null;
        var head = _t[k - 1].Fold;
        // Round 11: "the 24-year-old" alone (the tokens "24 - year - old") is a person's description too.
        var age = head == "old" && k - first >= 5 && _t[k - 2].Raw == "-" && _t[k - 3].Fold == "year" && _t[k - 4].Raw == "-";
        return PersonHeads.Contains(head) || age || head.EndsWith("-year-old", StringComparison.Ordinal) ? head : null;
    }

    private int SentenceOf(int token)
    {
        var s = doc.Sentences;
        int lo = 0, hi = s.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (s[mid].First <= token)
                lo = mid;
            else
                hi = mid - 1;
        }

        return lo;
    }
}
