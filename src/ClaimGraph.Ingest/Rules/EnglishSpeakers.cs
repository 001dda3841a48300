using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>Turns an English subject phrase into a speaker: appositions and titled names give a person, the head noun the kind.</summary>
internal static class EnglishSpeakers
{
    private static readonly (ActorKind Kind, string[] Words)[] KindWords =
    [
        (ActorKind.Coalition, ["coalition"]),
        (ActorKind.MediaOutlet, ["agency", "news", "times", "courier", "post", "tv", "radio", "herald", "newspaper", "gazette", "journal", "broadcaster", "tribune", "channel"]),
        (ActorKind.ArmedGroup, ["rebel", "rebels", "militia", "militants", "forces", "alliance", "brigade", "insurgents", "fighters"]),
        (ActorKind.Government, ["ministry", "government", "police", "department", "army", "military", "parliament", "authority", "authorities", "court", "cabinet", "presidency", "navy", "embassy"]),
        (ActorKind.Organisation, ["council", "party", "union", "company", "bank", "office", "committee", "commission", "club", "group", "federation", "association", "organisation", "organization", "crescent", "cross", "charity", "board", "firm", "institute"]),
    ];

    // Auxiliaries and adverbs between a subject and its verb: "Unions are demanding", "Campaigners have long called for".
    private static readonly HashSet<string> TrailingWords =
    [
        "is", "are", "was", "were", "been", "long", "already", "now", "still", "recently", "consistently", "strongly", "firmly", "flatly",
        "categorically", "vehemently", "angrily", "quickly", "swiftly", "immediately", "reportedly", "allegedly", "initially",
        "officially", "privately", "jointly", "subsequently", "then", "earlier", "once", "even", "had", "did", "does", "do",
    ];

    // Round 9: letters after a name are no part of it ("Helen Strand KC", "Sir Tom Ellis MP").
    private static readonly HashSet<string> PostNominals = ["kc", "qc", "sc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd"];

    public static SpeakerPhrase? Build(ArticleText doc, int first, int last, bool anonymous = false)
    {
        var t = doc.Tokens;
        while (first < last && (!t[first].IsWord || t[first].Fold is "and" or "but" or "while" or "with" or "as"))
            first++;
        first = EnglishTimeLeads.Skip(t, first, last);
        while (last > first && (!t[last - 1].IsWord || t[last - 1].Fold is "has" or "have" or "had" or "also" or "later" or "previously" or "had" or "would" or "will" or "publicly" or "repeatedly" or "again"
            || TrailingWords.Contains(t[last - 1].Fold)))
            last--;
        if (last <= first)
            return null;

        // Drop notes between commas ("speaking on condition of anonymity", "who asked not to be named").
        var segments = Segments(t, first, last);
        var main = segments[0];
        string? name = null;
        string? role = null;
        foreach (var seg in segments.Skip(1))
        {
            var lead = t[seg.First].Fold;
            if (lead is "speaking" or "who" or "which" or "citing" or "according" || lead.EndsWith("ing", StringComparison.Ordinal))
            {
                anonymous |= IsAnonymityNote(t, seg.First, seg.Last);
                continue;
            }

            var person = PersonName(t, seg.First, seg.Last);
            if (person is not null && name is null)
            {
                name = doc.Slice(t[person.Value.First].Start, t[person.Value.Last - 1].End);
                role = doc.Slice(t[main.First].Start, t[main.Last - 1].End);
            }
        }

        var cut = main.First;
        while (cut < main.Last && t[cut].Fold is not ("who" or "which" or "speaking"))
            cut++;
        if (cut < main.Last)
        {
            anonymous |= IsAnonymityNote(t, cut, main.Last);
            main = (main.First, cut);
        }

        if (main.Last <= main.First)
            return null;
        var phrase = new Phrase(doc.Slice(t[main.First].Start, t[main.Last - 1].End), t[main.First].Start, t[main.Last - 1].End);
        // "A spokesman for Minister Jonas Berg": the spokesman speaks, not the person he speaks for.
        if (name is null && PersonName(t, main.First, main.Last) is { } p && !SpeaksFor(t, main.First, p.First))
        {
            name = doc.Slice(t[p.First].Start, t[p.Last - 1].End);
            role = p.First > main.First ? doc.Slice(t[main.First].Start, t[p.First - 1].End) : null;
        }

        var head = HeadWord(t, main.First, main.Last);
        ActorKind kind;
        if (name is not null)
            kind = ActorKind.Person;
        else if (anonymous || EnglishLexicon.AnonymousHeads.Contains(head) && !Enumerable.Range(main.First, main.Last - main.First).Any(k => KindOf(t[k].Fold) is not null && k != IndexOfHead(t, main.First, main.Last)))
            kind = ActorKind.AnonymousSource;
        else
            kind = Enumerable.Range(main.First, main.Last - main.First).Select(k => KindOf(t[k].Fold)).FirstOrDefault(k => k is not null) ?? ActorKind.Other;
        return new SpeakerPhrase(phrase, name ?? phrase.Text, role, kind);
    }

    private static bool SpeaksFor(List<Token> t, int first, int nameFirst)
    {
        var head = IndexOfHead(t, first, nameFirst);
        return head + 1 < nameFirst && t[head].Fold is "spokesman" or "spokeswoman" or "spokesperson" && t[head + 1].Fold == "for";
    }

    public static ActorKind? KindOf(string fold)
    {
        var w = fold.EndsWith("'s", StringComparison.Ordinal) ? fold[..^2] : fold;
        foreach (var (kind, list) in KindWords)
            if (list.Contains(w))
                return kind;
        return null;
    }

    private static string HeadWord(List<Token> t, int first, int last) => t[IndexOfHead(t, first, last)].Fold;

    // The head of "A senior official in the ministry" is "official": the last word before a preposition.
    private static int IndexOfHead(List<Token> t, int first, int last)
    {
        var k = first;
        while (k + 1 < last && t[k + 1].IsWord && t[k + 1].Fold is not ("in" or "of" or "at" or "for" or "from" or "with" or "familiar" or "close" or "briefed" or "involved" or "on"))
            k++;
        return k;
    }

    private static (int First, int Last)? PersonName(List<Token> t, int first, int last)
    {
        var end = last;
        while (end > first && !t[end - 1].IsWord)
            end--;
        while (end - first > 2 && PostNominals.Contains(t[end - 1].Fold) && t[end - 1].Raw.All(char.IsUpper))
            end--;
        var start = end;
        while (start > first && t[start - 1].IsCapitalised && !EnglishLexicon.Titles.Contains(t[start - 1].Fold)
            && KindOf(t[start - 1].Fold) is null && t[start - 1].Fold is not ("the" or "a" or "an"))
            start--;
        var count = end - start;
        if (count == 0 || count > 4)
            return null;
        if (count >= 2 && !(start > first && t[start - 1].Fold is "of" or "in" or "for" or "at"))
            return (start, end);
        if (count == 1 && start > first && EnglishLexicon.Titles.Contains(t[start - 1].Fold))
            return (start, end);
        return null;
    }

    private static List<(int First, int Last)> Segments(List<Token> t, int first, int last)
    {
        var list = new List<(int, int)>();
        var s = first;
        for (var k = first; k < last; k++)
        {
            if (t[k].Raw is not ",")
                continue;
            if (k > s)
                list.Add((s, k));
            s = k + 1;
        }

        if (last > s)
            list.Add((s, last));
        if (list.Count == 0)
            list.Add((first, last));
        return list;
    }

    internal static bool IsAnonymityNote(List<Token> t, int first, int last)
    {
        var text = string.Join(' ', Enumerable.Range(first, last - first).Select(k => t[k].Fold));
        return text.Contains("anonymity", StringComparison.Ordinal) || text.Contains("not to be named", StringComparison.Ordinal)
            || text.Contains("not be named", StringComparison.Ordinal) || text.Contains("not authorised", StringComparison.Ordinal)
            || text.Contains("not authorized", StringComparison.Ordinal) || text.Contains("declined to be identified", StringComparison.Ordinal);
    }
}
