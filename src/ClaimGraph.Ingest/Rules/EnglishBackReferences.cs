using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Definite descriptions that point at a name in the same paragraph: "the company" / "the bank" / "the ministry" is the
/// body named before it ("Kestrel Bank", "Fenwick Motors", the interior ministry that spoke earlier), "her coach" /
/// "the minister" the person the paragraph names with that title ("Coach Leon Varga", "his lawyer, Ruth Ames"),
/// "the newspaper" the outlet that relayed last, and "one of the diplomats" keeps the relay of the diplomats.
/// Runs once over the findings of an article; each look is bounded by the paragraph.
/// </summary>
internal sealed partial class EnglishRules
{
    private static readonly HashSet<string> Determiners = ["the", "his", "her", "its", "their", "our"];

    private static readonly HashSet<string> BodyNouns =
    [
        "company", "firm", "group", "bank", "ministry", "agency", "club", "union", "federation", "institute", "council", "party",
        "carmaker", "automaker", "manufacturer", "maker", "lender", "insurer", "carrier", "airline", "retailer", "operator",
        "producer", "miner", "conglomerate", "business", "developer", "university", "hospital", "charity", "organisation",
        "organization", "association", "foundation", "coalition", "league", "team", "department", "commission", "authority",
        // Round 11: bodies whose name ends in their noun ("the Red Lantern Society" is "the society").
        "society", "committee", "alliance", "movement", "board", "trust", "fund", "forum", "bureau", "consortium", "cooperative",
        "chamber", "panel", "tribunal", "court", "academy", "college", "school", "church", "centre", "center", "syndicate",
        "watchdog", "regulator", "app", "startup", "platform", "chipmaker", "broker", "exporter", "supplier", "provider",
    ];

    // Round 11: what a paragraph calls a company when it first names it ("logging company Greyfell Timber", "Orbis, the messaging app"):
    // such a name is "the company" / "the firm" later, whatever its own last word.
    private static readonly HashSet<string> BusinessDescriptors =
    [
        "company", "firm", "group", "carmaker", "automaker", "manufacturer", "maker", "lender", "insurer", "carrier", "airline",
        "retailer", "operator", "producer", "miner", "conglomerate", "developer", "chipmaker", "app", "startup", "start-up",
        "platform", "giant", "broker", "exporter", "supplier", "provider", "distributor", "brewer", "shipper", "utility", "bank",
    ];

    // Nouns that a company's name need not end with: "Fenwick Motors" is "the company".
    private static readonly HashSet<string> CompanyNouns =
    [
        "company", "firm", "group", "carmaker", "automaker", "manufacturer", "maker", "lender", "insurer", "carrier", "airline",
        "retailer", "operator", "producer", "miner", "conglomerate", "business", "developer", "chipmaker", "app", "startup", "platform",
    ];

    private static readonly HashSet<string> CompanySuffixes =
    [
        "motors", "steel", "airlines", "airways", "group", "holdings", "energy", "oil", "gas", "petroleum", "pharmaceuticals", "pharma",
        "technologies", "tech", "telecom", "telecoms", "industries", "mining", "corp", "corporation", "inc", "ltd", "plc", "systems",
        "foods", "electric", "chemicals", "insurance", "capital", "logistics", "shipping", "media", "bank", "automotive", "resources",
        "brands", "labs", "software", "networks", "construction", "engineering", "railways", "communications", "ventures", "enterprises",
        "company", "co", "motor", "aerospace", "semiconductors", "power", "cement", "textiles", "breweries", "retail", "stores",
    ];

    // Round 8: a name before a works noun is a company's ("the Corvane Polymers plant"); a name ending so is a club's ("Kingsbridge Rovers").
    private static readonly HashSet<string> FacilityNouns =
    [
        "plant", "plants", "factory", "factories", "refinery", "mine", "mines", "smelter", "mill", "warehouse", "facility", "site",
        "works", "depot", "terminal", "headquarters", "offices", "store", "stores", "outlet", "outlets", "shares", "brand",
    ];

    private static readonly HashSet<string> ClubSuffixes =
    [
        "united", "city", "rovers", "rangers", "athletic", "athletico", "wanderers", "town", "albion", "county", "fc", "hotspur",
        "villa", "olympic", "olympique", "dynamo", "sporting", "celtic", "orient", "argyle", "harriers", "vale", "wednesday", "forest",
    ];

    private static readonly HashSet<string> PersonRoles =
    [
        "coach", "lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson", "manager", "agent", "doctor", "minister",
        "president", "mayor", "governor", "chairman", "chairwoman", "director", "husband", "wife", "son", "daughter", "father",
        "mother", "brother", "sister", "captain", "commander", "chief", "ambassador", "envoy", "prosecutor", "judge", "secretary",
        // Round 11: the roles news writes before a name and then alone ("Striker Leo Banner ... the striker said").
        "striker", "goalkeeper", "midfielder", "defender", "winger", "skipper", "economist", "analyst", "researcher", "scientist",
        "adviser", "advisor", "aide", "counsel", "barrister", "solicitor", "inspector", "detective", "superintendent", "commissioner",
        "chancellor", "senator", "sheriff", "bishop", "imam", "rabbi", "pastor", "nurse", "surgeon", "editor", "founder", "owner",
        "treasurer", "ombudsman", "premier", "congressman", "congresswoman", "lawmaker", "legislator", "councillor", "councilor",
        "activist", "campaigner", "organiser", "organizer", "sprinter", "referee", "trainer", "jockey", "pilot", "architect",
    ];

    private static readonly HashSet<string> OutletNouns = ["newspaper", "paper", "daily", "agency", "broadcaster", "station", "channel", "network", "outlet", "magazine", "website", "publication"];

    private void ResolveDescriptions()
    {
        for (var i = 0; i < _found.Count; i++)
        {
            var f = _found[i];
            if (f.Speaker is { } s && Description(s.Phrase) is var (noun, at) && noun is not null)
            {
                var name = PersonRoles.Contains(noun) ? RoleHolder(noun, at) : OutletNouns.Contains(noun) ? OutletNamed(i) : BodyNamed(noun, at, i);
                if (name is not null)
                    f.Speaker = name;
            }
            else if (f.Speaker is { } sh && (ShortNamed(sh) ?? PossessiveNamed(sh)) is { } full)
            {
                f.Speaker = full;
            }

            if (f.RelayedBy is { } r && Description(r.Phrase) is (string outlet, _) && OutletNouns.Contains(outlet))
            {
                var earlier = _found.Take(i).LastOrDefault(g => g.RelayedBy is { } e && Description(e.Phrase).Noun is null && SameParagraph(g.Evidence.Start, f.Evidence.Start));
                if (earlier is not null)
                    f.RelayedBy = earlier.RelayedBy;
            }

            if (f.RelayedBy is null && f.Speaker is { } part && PartOf(part.Phrase) is { } group)
            {
                var earlier = _found.Take(i).LastOrDefault(g => g.RelayedBy is not null && g.Speaker is { } gs
                    && gs.Key.Split(' ').Contains(group, StringComparer.Ordinal) && SameParagraph(g.Evidence.Start, f.Evidence.Start));
                if (earlier is not null)
                    f.RelayedBy = earlier.RelayedBy;
            }
        }
    }

    /// <summary>"the company" / "her coach" (two words, determiner first): the noun and the token index of the phrase; (null, -1) otherwise.</summary>
    private (string? Noun, int At) Description(Phrase p)
    {
        if (p.Text.Length > 40 || p.Text.AsSpan().Count(' ') != 1)
            return (null, -1);
        var at = IndexAt(p.Start);
        if (at + 1 >= _t.Count || !Determiners.Contains(_t[at].Fold) || _t[at + 1].IsCapitalised)
            return (null, -1);
        return (_t[at + 1].Fold, at);
    }

    /// <summary>"one of the diplomats" → "diplomats".</summary>
    private string? PartOf(Phrase p)
    {
        if (!p.Text.Contains(" of the ", StringComparison.Ordinal))
            return null;
        var at = IndexAt(p.Start);
        return at + 3 < _t.Count && _t[at + 1].Fold == "of" && _t[at + 2].Fold == "the" && _t[at].Fold is "one" or "two" or "three" or "some" or "another"
            && _t[at + 3].End <= p.End ? _t[at + 3].Fold : null;
    }

    private bool SameParagraph(int a, int b)
    {
        var (lo, hi) = a < b ? (a, b) : (b, a);
        return doc.Text.AsSpan(lo, hi - lo).IndexOf('\n') < 0;
    }

    /// <summary>The runs of capitalised tokens from <paramref name="first"/> up to token <paramref name="at"/>, each as [Start, End).</summary>
    private IEnumerable<(int Start, int End)> CapitalisedRuns(int first, int at)
    {
        for (var k = first; k < at; k++)
        {
            if (!_t[k].IsCapitalised)
                continue;
            var end = k;
            while (end < at && _t[end].IsCapitalised)
                end++;
            yield return (k, end);
            k = end;
        }
    }

    private (int First, int Last) ParagraphTokens(int at)
    {
        var first = at;
        while (first > 0 && _t[first - 1].Kind != TokenKind.LineBreak && at - first < 400)
            first--;
        var last = at;
        while (last < _t.Count && _t[last].Kind != TokenKind.LineBreak && last - at < 400)
            last++;
        return (first, last);
    }

    /// <summary>The body "the NOUN" refers to: an earlier speaker of this paragraph whose name ends in the noun, else a capitalised name before it that ends in the noun (or, for a company, in a company word).</summary>
    private SpeakerPhrase? BodyNamed(string noun, int at, int index)
    {
        if (!BodyNouns.Contains(noun))
            return null;
        var speaker = _found[index].Speaker!;
        for (var j = index - 1; j >= 0; j--)
        {
            var e = _found[j].Speaker;
            if (e is not null && !SameParagraph(_found[j].Evidence.Start, _found[index].Evidence.Start))
                break;
            if (e is not null && e.Name.Contains(' ', StringComparison.Ordinal) && Description(e.Phrase).Noun is null && e.Key.EndsWith(noun, StringComparison.Ordinal))
                return e with { Phrase = speaker.Phrase, Role = speaker.Phrase.Text };
        }

        var (first, _) = ParagraphTokens(at);
        (int Start, int End)? best = null;
        foreach (var (k, end) in CapitalisedRuns(first, at))
        {
            var start = k < end - 1 && _t[k].Fold is "the" or "a" or "an" or "shares" ? k + 1 : k;
            if (NamesBody(noun, start, end, at))
                best = (start, end);
        }

        if (best is not { } b)
            return null;
        var name = doc.Slice(_t[b.Start].Start, _t[b.End - 1].End);
        return new SpeakerPhrase(speaker.Phrase, name, speaker.Phrase.Text, speaker.Kind == ActorKind.Other ? ActorKind.Organisation : speaker.Kind);
    }

    /// <summary>
    /// Whether the capitalised run [start, end) before token <paramref name="at"/> names the body "the NOUN" stands for: a name
    /// ending in the noun; for a company noun, one the paragraph introduced by its trade, or a two-word name with a company
    /// suffix or before a facility of its own; for a club or team, a two-word name with a club suffix.
    /// </summary>
    private bool NamesBody(string noun, int start, int end, int at)
    {
        var tail = _t[end - 1].Fold;
        if (tail == noun)
            return true;
        if (CompanyNouns.Contains(noun))
        {
            return Introduced(start, end, at)
                || end - start >= 2 && (CompanySuffixes.Contains(tail) || end < at && FacilityNouns.Contains(_t[end].Fold) && !OwnedBefore(start));
        }

        return noun is "club" or "team" && end - start >= 2 && ClubSuffixes.Contains(tail);
    }

    // Round 11: "its Alder Bay plant" names a place of the company, not the company.
    private bool OwnedBefore(int start) => start > 0 && _t[start - 1].Fold is "its" or "their" or "our" or "his" or "her";

    /// <summary>"logging company Greyfell Timber" / "Orbis, the messaging app with ...": the name [start, end) is introduced as a business.</summary>
    private bool Introduced(int start, int end, int at)
    {
        if (start > 0 && BusinessDescriptors.Contains(_t[start - 1].Fold) && !_t[start - 1].IsCapitalised)
            return true;
        if (!(end + 1 < at && _t[end].Raw == "," && _t[end + 1].Fold is "the" or "a" or "an"))
            return false;
        for (var k = end + 2; k < at && k < end + 6 && _t[k].IsWord && !_t[k].IsCapitalised; k++)
        {
            if (BusinessDescriptors.Contains(_t[k].Fold))
                return true;
        }

        return false;
    }

    /// <summary>The one person the paragraph names with this title: "Coach Leon Varga", "her lawyer, Ruth Ames".</summary>
    private SpeakerPhrase? RoleHolder(string role, int at)
    {
        var (first, last) = ParagraphTokens(at);
        string? found = null;
        for (var k = first; k < last; k++)
        {
            if (k == at + 1 || _t[k].Fold != role)
                continue;
            var n0 = k + 1 < last && _t[k + 1].Raw == "," ? k + 2 : k + 1;
            var n1 = n0;
            while (n1 < last && n1 - n0 < 4 && _t[n1].IsCapitalised && !EnglishLexicon.Titles.Contains(_t[n1].Fold))
                n1++;
            if (n1 - n0 < 2)
                continue;
            var name = doc.Slice(_t[n0].Start, _t[n1 - 1].End);
            if (found is not null && found != name)
                return null;
            found = name;
        }

        if (found is null)
            return null;
        var phrase = new Phrase(doc.Slice(_t[at].Start, _t[at + 1].End), _t[at].Start, _t[at + 1].End);
        return new SpeakerPhrase(phrase, found, phrase.Text, ActorKind.Person);
    }

    /// <summary>"confirmed to the newspaper that" / "said to Radio Vera that" (n at "to"): the outlet; n moves to "that".</summary>
    private SpeakerPhrase? SaidToOutlet(ref int n, int last)
    {
        if (!(n + 2 < last && _t[n].Fold == "to"))
            return null;
        var a0 = n + 1;
        var thatAt = a0;
        while (thatAt < last && thatAt - a0 < 6 && _t[thatAt].IsWord && _t[thatAt].Fold != "that")
            thatAt++;
        if (thatAt >= last || _t[thatAt].Fold != "that" || thatAt == a0)
            return null;
        var a1 = AudienceEnd(a0, thatAt);
        // "to parliament that", "to the European Commission that": the audience is skipped but relays nothing.
        n = thatAt;
        var named = Enumerable.Range(a0, a1 - a0).Any(x => _t[x].IsCapitalised)
            && !Enumerable.Range(a0, a1 - a0).Any(x => EnglishSpeakers.KindOf(_t[x].Fold) is { } kind && kind != ActorKind.MediaOutlet || _t[x].Fold is "commission" or "congress" or "senate" or "assembly");
        if (!(named || IsMediaAudience(a0, a1) || a1 == a0 + 2 && _t[a0].Fold == "the" && OutletNouns.Contains(_t[a0 + 1].Fold))
            || EnglishLexicon.NonOutletAudiences.Contains(_t[a0].Fold) && _t[a0].Fold != "the")
            return null;
        return new SpeakerPhrase(Span(a0, a1), doc.Slice(_t[a0].Start, _t[a1 - 1].End), null, ActorKind.MediaOutlet);
    }

    /// <summary>"The paper also reported ...": the outlet named last in the paragraph, as relay or as speaker.</summary>
    private SpeakerPhrase? OutletNamed(int index)
    {
        var f = _found[index];
        for (var j = index - 1; j >= 0 && SameParagraph(_found[j].Evidence.Start, f.Evidence.Start); j--)
        {
            var g = _found[j];
            if (g.RelayedBy is { } r && Description(r.Phrase).Noun is null)
                return r with { Phrase = f.Speaker!.Phrase, Role = f.Speaker.Phrase.Text };
            if (g.Speaker is { } s && Description(s.Phrase).Noun is null && (s.Kind == ActorKind.MediaOutlet || Reported(s.Phrase)))
                return s with { Phrase = f.Speaker!.Phrase, Role = f.Speaker.Phrase.Text };
        }

        return null;
    }

    // "The Valley Record reported": a subject of "reported" is an outlet, whatever its name looks like.
    private bool Reported(Phrase p)
    {
        var k = IndexAt(p.End);
        return k < _t.Count && _t[k].Start >= p.End && _t[k].Fold is "reported" or "reports";
    }
}
