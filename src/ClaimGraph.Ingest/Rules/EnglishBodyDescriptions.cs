using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 10: a longer description of a body as speaker ("the operator of the Kallara coal terminal", "the owner of the
/// stadium", "the maker of smart doorbells") is the body the paragraph names: the named body that spoke before it, or,
/// when the description opens the paragraph, the named body that speaks next; a name counts as a body by its kind, a
/// company word at its end ("Velto Systems"), or by calling itself "it" ("Bremer Bulk Handling acknowledged that its
/// sprinkler system ..."). With no such body it stays as written.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> BodyRoleNouns =
    [
        "operator", "owner", "owners", "operators", "maker", "makers", "manufacturer", "developer", "builder", "organiser", "organizer",
        "organisers", "organizers", "sponsor", "promoter", "publisher", "producer", "supplier", "provider", "contractor", "landlord", "insurer",
        "lender", "distributor", "importer", "exporter", "employer", "company", "firm", "group", "parent", "carrier",
    ];

    private void ResolveBodyDescriptions()
    {
        for (var i = 0; i < _found.Count; i++)
        {
            var f = _found[i];
            if (f.Speaker is not { } s || !s.Phrase.Text.Contains(" of ", StringComparison.Ordinal) || !IsBodyRoleDescription(s.Phrase))
                continue;
            var named = NamedBody(i, -1) ?? NamedBody(i, +1);
            if (named is not null)
                f.Speaker = new SpeakerPhrase(s.Phrase, named.Name, s.Phrase.Text, ActorKind.Organisation);
        }
    }

    // "the operator of the Kallara coal terminal": "the", a body role noun, "of", up to eight more words.
    private bool IsBodyRoleDescription(Phrase p)
    {
        var at = IndexAt(p.Start);
        return at + 3 < _t.Count && _t[at].Fold == "the" && BodyRoleNouns.Contains(_t[at + 1].Fold) && _t[at + 2].Fold == "of"
            && _t[at + 1].End < p.End && p.Text.AsSpan().Count(' ') <= 10;
    }

    // The nearest named body speaking in the paragraph in that direction (before: any named body; after: one that says "its").
    private SpeakerPhrase? NamedBody(int i, int step)
    {
        var f = _found[i];
        for (var j = i + step; j >= 0 && j < _found.Count && Math.Abs(j - i) <= 4; j += step)
        {
            var g = _found[j];
            if (!SameParagraph(g.Evidence.Start, f.Evidence.Start))
                return null;
            if (g.Speaker is not { } s || IsBodyRoleDescription(s.Phrase) || s.Name == f.Speaker!.Name)
                continue;
            var at = IndexAt(s.Phrase.Start);
            var named = _t[at].IsCapitalised && _t[at].Fold != "the" && s.Name.Contains(' ', StringComparison.Ordinal);
            if (!named || s.Kind is ActorKind.AnonymousSource or ActorKind.MediaOutlet)
                return null;
            if (s.Kind is ActorKind.Organisation or ActorKind.Government or ActorKind.Coalition || CallsItselfIt(g)
                || CompanySuffixes.Contains(s.Key[(s.Key.LastIndexOf(' ') + 1)..]))
                return s;
            return null;
        }

        return null;
    }

    // "its" among the first words of what the body said: it speaks of itself as a thing.
    private bool CallsItselfIt(Finding g)
    {
        var c0 = IndexAt(g.Content.Start);
        for (var k = c0; k < _t.Count && k < c0 + 6 && _t[k].Start < g.Content.End; k++)
            if (_t[k].Fold == "its")
                return true;
        return false;
    }
}
