using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// English reporting words that report only in a frame the next words show: a particle ("ruled out", "called for",
/// "pressed for"), "that" ("estimated that", not "an estimated 3,000"), an object and "to" ("asked the ministry to"),
/// or a subject before a plural present ("Officials say", not "to say" or "the union's demand"). Looks at most eight
/// words ahead.
/// </summary>
internal static class EnglishGatedVerbs
{
    private static readonly Dictionary<string, (string Particle, Reporting Reporting)> ParticleVerbs = new(StringComparer.Ordinal)
    {
        ["ruled"] = ("out", new Reporting(Stance.Denies, VerbShape.Verb)),
        ["rules"] = ("out", new Reporting(Stance.Denies, VerbShape.Verb)),
        ["ruling"] = ("out", new Reporting(Stance.Denies, VerbShape.Participle)),
        ["pressed"] = ("for", new Reporting(Stance.Demands, VerbShape.Verb)),
        ["presses"] = ("for", new Reporting(Stance.Demands, VerbShape.Verb)),
        ["pressing"] = ("for", new Reporting(Stance.Demands, VerbShape.Participle)),
        ["appealed"] = ("for", new Reporting(Stance.Demands, VerbShape.Verb)),
        ["appeals"] = ("for", new Reporting(Stance.Demands, VerbShape.Verb)),
        ["appealing"] = ("for", new Reporting(Stance.Demands, VerbShape.Participle)),
        ["pleaded"] = ("for", new Reporting(Stance.Demands, VerbShape.Verb)),
        ["pleads"] = ("for", new Reporting(Stance.Demands, VerbShape.Verb)),
        ["calling"] = ("for", new Reporting(Stance.Demands, VerbShape.Participle)),
        ["pointed"] = ("out", new Reporting(Stance.Asserts, VerbShape.Verb)),
        ["points"] = ("out", new Reporting(Stance.Asserts, VerbShape.Verb)),
        ["pointing"] = ("out", new Reporting(Stance.Asserts, VerbShape.Participle)),
        // Round 11: "brushed aside reports that ...", "shrugged off claims that ...": a denial.
        ["brushed"] = ("aside", new Reporting(Stance.Denies, VerbShape.Verb)),
        ["brushes"] = ("aside", new Reporting(Stance.Denies, VerbShape.Verb)),
        ["brushing"] = ("aside", new Reporting(Stance.Denies, VerbShape.Participle)),
        ["shrugged"] = ("off", new Reporting(Stance.Denies, VerbShape.Verb)),
        ["shrugs"] = ("off", new Reporting(Stance.Denies, VerbShape.Verb)),
        ["shrugging"] = ("off", new Reporting(Stance.Denies, VerbShape.Participle)),
    };

    /// <summary>Verbs that report with "that" after them (a court "ruled that", police "believe that").</summary>
    private static readonly HashSet<string> ThatVerbs =
    [
        "estimated", "expects", "expected", "expect", "forecast", "forecasts", "projected", "believes", "believed", "believe",
        "concluded", "concludes", "conclude", "found", "finds", "suspected", "feared", "ruled", "ruling", "replied", "responded",
        "remarked", "observed", "commented", "recalled", "reckons", "reckoned", "calculated", "acknowledge", "reveals", "countered",
        "signalled", "signaled", "signals", "hinted", "hints", "suggested", "speculated", "states", "promises", "pledges", "vows", "stresses", "cautions",
        // Round 8: the rest of these families and near-synonyms ("complained that", "agreed that", "hinting that").
        "signalling", "signaling", "signal", "hinting", "hint", "suggesting", "suggests", "suggest", "complained", "complains",
        "complaining", "lamented", "laments", "lamenting", "agreed", "agrees", "boasted", "boasts", "charged",
        "recalls", "recalling", "observes", "observing", "replies", "replying", "responds", "responding", "counters", "countering",
        "concluding", "estimating", "projecting", "forecasting", "cautioning",
        // Round 10: demands with "that" (DemandThatVerbs), and "clarified that".
        "recommended", "recommends", "recommending", "proposed", "proposes", "proposing", "requested", "requests", "requesting",
        "asked", "asks", "asking", "clarified", "clarifies",
        // Round 11: asides and estimates with "that" ("quipped that", "joked that", "Officials reckon that").
        "quipped", "quips", "joked", "jokes", "mused", "reckon", "surmised", "theorised", "theorized",
    ];

    /// <summary>Verbs that demand when an object and "to" follow: "asked the ministry to exempt ...".</summary>
    private static readonly HashSet<string> ObjectToVerbs =
    [
        "asked", "asks", "asking", "pressed", "presses", "pressing", "appealed", "appeals", "appealing", "implored", "begged",
        "requested", "requests", "encouraged", "encourages", "pushed", "pushes", "wants", "want", "wanted",
        // Round 10: orders and advice with an object and "to" ("ordered the company to pay", "advised travellers to avoid").
        "advised", "advises", "advising", "ordered", "orders", "ordering", "instructed", "instructs", "challenged", "challenges",
        "invited", "invites", "directed", "directs", "commanded", "exhorted", "exhorts", "beseeched", "entreated",
        // Round 11: petitions and lobbying with an object and "to" ("petitioned the court to halt ...").
        "petitioned", "petitions", "petitioning", "lobbied", "lobbies", "lobbying", "pressured", "pressures", "pressuring",
    ];

    /// <summary>Round 10: verbs whose "that" clause is asked for, not stated ("recommended that the plant be closed").</summary>
    private static readonly HashSet<string> DemandThatVerbs =
    [
        "recommended", "recommends", "recommending", "proposed", "proposes", "proposing", "requested", "requests", "requesting",
        "asked", "asks", "asking", "demands", "demand",
    ];

    private static readonly HashSet<string> PleadingVerbs = ["pleaded", "pleads", "begged", "begs"];

    /// <summary>"accused the government of ...", "blamed the drought for ...": the accusation is asserted.</summary>
    private static readonly HashSet<string> AccusingVerbs = ["accused", "accuses", "blamed", "blames", "accuse", "blame"];

    private static readonly HashSet<string> AccusingParticiples = ["accusing", "blaming"];

    /// <summary>Plural present forms that report after a subject: "Officials say", "Residents deny".</summary>
    private static readonly Dictionary<string, Stance> PluralForms = new(StringComparer.Ordinal)
    {
        ["say"] = Stance.Asserts,
        ["tell"] = Stance.Asserts,
        ["add"] = Stance.Asserts,
        ["allege"] = Stance.Asserts,
        ["predict"] = Stance.Asserts,
        ["maintain"] = Stance.Asserts,
        ["deny"] = Stance.Denies,
        ["reject"] = Stance.Denies,
        ["argue"] = Stance.Asserts,
        ["insist"] = Stance.Asserts,
        ["warn"] = Stance.Asserts,
        ["believe"] = Stance.Asserts,
        ["fear"] = Stance.Asserts,
        ["confirm"] = Stance.Confirms,
        ["admit"] = Stance.Confirms,
        ["concede"] = Stance.Confirms,
        ["urge"] = Stance.Demands,
    };

    private static readonly HashSet<string> NamingParticiples = ["calling", "describing", "branding", "labelling", "labeling", "terming"];

    /// <summary>Verbs that demand with "for" after them: "asked for calm", "lobbied for a ban" (not "asked for two hours").</summary>
    private static readonly HashSet<string> ForVerbs =
        ["asked", "asks", "asking", "lobbied", "lobbies", "lobbying", "campaigned", "campaigns", "campaigning", "pushed", "pushes", "pushing"];

    private static readonly HashSet<string> DayWords = ["two", "three", "several", "many", "hours", "days", "months", "weeks", "years"];

    // Every word this class looks at, so that other words cost one look-up.
    internal static readonly HashSet<string> AllWords =
        [.. ParticleVerbs.Keys, .. EnglishEstimates.Verbs, .. PleadingVerbs, .. ForVerbs, .. NamingParticiples, .. ThatVerbs, .. ObjectToVerbs, .. AccusingVerbs, .. AccusingParticiples, .. PluralForms.Keys];

    private static readonly HashSet<string> BeVerbs = ["is", "are", "was", "were", "be", "been", "being", "am"];

    // Words after which a base form is an infinitive, a noun or a negated verb, not a report.
    private static readonly HashSet<string> NotSubjects =
    [
        "the", "a", "an", "to", "will", "would", "could", "should", "may", "might", "can", "must", "not", "did", "do", "does",
        "never", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "no", "any", "whose",
        "cannot", "shall", "let", "of", "for", "and", "or", "which", "who", "i", "you", "we", "has", "have", "had", "only",
        "amid", "despite", "over", "with", "without", "in", "on", "at", "by", "from", "into", "about", "against", "growing", "little",
    ];

    /// <summary>The reporting of the word at <paramref name="i"/> in the frame after it, or null.</summary>
    public static Reporting? Lookup(List<Token> t, int i, int last)
    {
        var fold = t[i].Fold;
        if (!AllWords.Contains(fold))
            return null;
        var next = i + 1 < last ? t[i + 1].Fold : "";
        var prev = i > 0 && t[i - 1].IsWord ? t[i - 1].Fold : "";
        // Round 11: "brushed aside / shrugged off" deny only reports and claims ("brushed aside the leaves" says nothing).
        if (fold.StartsWith("brush", StringComparison.Ordinal) || fold.StartsWith("shrug", StringComparison.Ordinal))
        {
            var o = i + 2 < last && t[i + 2].Fold is "the" or "any" or "these" or "those" or "such" ? i + 3 : i + 2;
            if (!(o < last && (EnglishLexicon.AccusationNouns.Contains(t[o].Fold) || t[o].Fold is "suggestions" or "speculation")))
                return null;
        }

        if (ParticleVerbs.TryGetValue(fold, out var p) && next == p.Particle)
            return p.Reporting;
        if (ForVerbs.Contains(fold) && next == "for" && i + 2 < last && t[i + 2].IsWord && !DayWords.Contains(t[i + 2].Fold))
            return new Reporting(Stance.Demands, fold.EndsWith("ing", StringComparison.Ordinal) ? VerbShape.Participle : VerbShape.Verb);
        // "pleaded not guilty": a denial of the charges.
        if (fold is "pleaded" or "pleads" or "pleading" && next == "not" && i + 2 < last && t[i + 2].Fold == "guilty")
            return new Reporting(Stance.Denies, fold == "pleading" ? VerbShape.Participle : VerbShape.Verb);
        // ", calling it «baseless»": a naming, which states something only when it denies or quotes (EnglishRules.Participle).
        // Round 8: "pleaded" / "begged" with no plea of a court after them: a demand ("\"Send help,\" she pleaded").
        if (fold is "pleaded" or "pleads" or "begged" or "begs" && next is not ("guilty" or "not" or "no" or "innocent" or "ignorance" or "poverty" or "the" or "his" or "her" or "their"))
            return new Reporting(Stance.Demands, VerbShape.Verb);
        if (NamingParticiples.Contains(fold) && i > 0 && t[i - 1].Raw == "," && i + 1 < last && t[i + 1].IsWord && next != "for")
            return new Reporting(null, VerbShape.Participle);
        if (BeVerbs.Contains(prev))
            return null;
        if (ObjectToVerbs.Contains(fold) && ObjectThenTo(t, i + 1, last))
            return new Reporting(Stance.Demands, fold.EndsWith("ing", StringComparison.Ordinal) ? VerbShape.Participle : VerbShape.Verb);
        if (next == "that" && ThatVerbs.Contains(fold) && (Subject(t, i) || ClosesApposition(t, i) || fold.EndsWith("ing", StringComparison.Ordinal)))
            return new Reporting(DemandThatVerbs.Contains(fold) ? Stance.Demands : Stance.Asserts, fold.EndsWith("ing", StringComparison.Ordinal) ? VerbShape.Participle : VerbShape.Verb);
        if (AccusingParticiples.Contains(fold) && i + 1 < last && t[i + 1].IsWord)
            return new Reporting(Stance.Asserts, VerbShape.Participle);
        if (AccusingVerbs.Contains(fold) && i + 1 < last && (t[i + 1].IsWord || OpensQuote(t, i + 1, last)) && next is not ("of" or "for" or "by") && (fold[^1] != 'e' || Subject(t, i)))
            return new Reporting(Stance.Asserts, VerbShape.Verb);
        if (EnglishEstimates.Verbs.Contains(fold) && (Subject(t, i) || ClosesApposition(t, i)) && EnglishEstimates.MeasureThenAt(t, i + 1, last))
            return new Reporting(Stance.Asserts, VerbShape.Verb);
        if (PluralForms.TryGetValue(fold, out var stance) && Subject(t, i))
            return new Reporting(stance, VerbShape.Verb);
        return null;
    }

    // Round 11: "blamed \"a faulty update\"": a quoted cause right after the verb.
    private static bool OpensQuote(List<Token> t, int k, int last) =>
        t[k].Raw is "\"" or "\u201c" && k + 1 < last && t[k + 1].IsWord && t[k + 1].Start == t[k].End;

    public static bool IsAccusing(string fold) => AccusingVerbs.Contains(fold);

    public static bool IsParticle(string verb, string next) =>
        ParticleVerbs.TryGetValue(verb, out var p) && p.Particle == next || next == "for" && ForVerbs.Contains(verb);

    // A word before that can end a subject: not a determiner, auxiliary, possessive or "to".
    private static bool Subject(List<Token> t, int i) =>
        i > 0 && t[i - 1].IsWord && !NotSubjects.Contains(t[i - 1].Fold) && !t[i - 1].Fold.EndsWith("'s", StringComparison.Ordinal)
        && !t[i - 1].Fold.EndsWith("n't", StringComparison.Ordinal);

    // "its governor, Daniel Okafor, signalled that": a name set off by commas ends the subject.
    private static bool ClosesApposition(List<Token> t, int i)
    {
        if (i < 3 || t[i - 1].Raw != "," || !t[i - 2].IsCapitalised)
            return false;
        var k = i - 2;
        while (k > 0 && i - k <= 5 && t[k - 1].IsCapitalised)
            k--;
        return k > 0 && t[k - 1].Raw == ",";
    }

    // One to six words of object, then "to" and a verb: not "asked not to be named", not "asked to comment".
    internal static bool ObjectThenTo(List<Token> t, int k, int last)
    {
        // "appealed to residents to ...": the audience after "to".
        if (k + 2 < last && t[k].Fold == "to" && t[k - 1].Fold.StartsWith("appeal", StringComparison.Ordinal))
            k++;
        if (k >= last || !t[k].IsWord || t[k].Fold is "not" or "to" or "about" or "for" or "by" or "if" or "whether")
            return false;
        for (var m = k + 1; m < last && m <= k + 6; m++)
        {
            // Round 10: a hyphenated word in the object ("ordered ride-hailing company Zipto to").
            if (t[m].Raw == "-" && t[m - 1].End == t[m].Start)
                continue;
            if (!t[m].IsWord)
                return false;
            if (t[m].Fold == "to")
                return m + 1 < last && t[m + 1].IsWord && t[m + 1].Fold is not ("be" or "the" or "a" or "an");
        }

        return false;
    }
}
