using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>English reporting vocabulary (lower case).</summary>
public static class EnglishLexicon
{
    private static readonly Dictionary<string, Reporting> Words = Build();

    public static readonly HashSet<string> Titles =
    [
        "minister", "president", "prime", "colonel", "general", "spokesman", "spokeswoman", "spokesperson", "leader",
        "chairman", "chairwoman", "director", "mayor", "secretary", "foreign", "defence", "defense", "interior", "mr",
        "mrs", "ms", "dr", "chief", "commander", "senator", "governor", "ambassador", "deputy", "captain", "major",
        "lieutenant", "sergeant", "judge", "professor", "sheikh", "king", "queen", "prince", "opposition", "health",
        "finance", "economy", "justice", "vice", "senior", "former", "acting", "envoy", "official", "officer", "head",
        "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "rev", "adm", "cmdr", "insp", "supt",
        // Round 9: job titles written before a name ("Prosecutor Helen Strand", "Manager Paul Greer").
        "prosecutor", "manager", "coach", "inspector", "superintendent", "detective", "constable", "bishop", "archbishop",
        "chancellor", "councillor", "councilor", "sheriff", "attorney", "counsel", "commissioner", "chairperson", "coroner",
        // Round 10: the roles written before a name across news beats ("Striker Leo Banner", "Economist Mara Lind", "Imam Yusuf Ali").
        "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "winger", "bowler", "batsman", "batter", "pitcher",
        "quarterback", "skipper", "jockey", "trainer", "referee", "umpire", "sprinter", "swimmer", "cyclist", "boxer", "player",
        "editor", "reporter", "correspondent", "columnist", "presenter", "anchor", "publisher",
        "ceo", "cfo", "coo", "cto", "executive", "founder", "co-founder", "economist", "analyst", "strategist", "engineer", "researcher",
        "scientist", "epidemiologist", "virologist", "nurse", "surgeon", "physician", "pharmacist", "midwife", "paramedic", "teacher",
        "headteacher", "headmaster", "headmistress", "dean", "rector", "lecturer", "provost",
        "lawyer", "barrister", "solicitor", "advocate", "magistrate",
        "congressman", "congresswoman", "assemblyman", "assemblywoman", "assemblymember", "councilmember", "councilman", "councilwoman",
        "legislator", "lawmaker", "alderman", "premier", "treasurer", "auditor", "ombudsman", "comptroller", "registrar", "chair", "speaker",
        "brigadier", "admiral", "marshal", "corporal", "commodore", "trooper", "investigator",
        "imam", "rabbi", "pastor", "reverend", "cardinal", "pope", "priest", "cleric", "mufti", "ayatollah",
        "activist", "campaigner", "organiser", "organizer", "historian", "novelist", "architect", "consultant", "adviser", "advisor", "pilot",
    ];

    public static readonly HashSet<string> AnonymousHeads =
    [
        "official", "officials", "source", "sources", "diplomat", "diplomats", "people", "person", "witnesses", "witness",
        "residents", "resident", "aide", "aides", "insider", "insiders", "observers", "activists", "reports", "analysts",
        "someone", "officer", "officers", "staff", "employees", "members", "locals", "villagers",
    ];

    public static readonly HashSet<string> DataNouns = ["figures", "data", "statistics", "estimates", "records", "the", "polls", "surveys", "calculations"];

    public static readonly HashSet<string> NonOutletAudiences =
    [
        "parliament", "reporters", "journalists", "lawmakers", "legislators", "the", "a", "an", "his", "her", "their",
        "its", "supporters", "crowds", "delegates", "congress", "senators", "mps", "students", "residents", "me", "us", "him",
    ];

    public static readonly string[][] DenialPhrases =
    [
        ["no", "truth"], ["baseless"], ["untrue"], ["false"], ["fabricated"], ["fabrication"], ["fabrications"],
        ["inaccurate"], ["not", "true"], ["groundless"], ["unfounded"], ["factual", "errors"], ["nonsense"], ["misleading"],
        ["lies"], ["no", "basis"], ["never", "happened"],
        // Round 7: what a spokesman calls a report he denies.
        ["fake", "news"], ["hoax"], ["slanderous"], ["defamatory"], ["rubbish"], ["absurd"], ["ridiculous"], ["without", "foundation"],
        ["witch", "hunt"], ["without", "merit"], ["no", "merit"], ["fiction"], ["fictitious"], ["incorrect"], ["a", "lie"],
        // "maintained / protested his innocence": a denial of the charge.
        ["his", "innocence"], ["her", "innocence"], ["their", "innocence"],
    ];

    /// <summary>The denial phrases by their first word: one look-up per word of the content instead of a pass over every phrase.</summary>
    public static readonly Dictionary<string, string[][]> DenialPhrasesByFirstWord =
        DenialPhrases.GroupBy(p => p[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>Nouns for what others have claimed; said to be a smear or propaganda, they are denied.</summary>
    public static readonly HashSet<string> AccusationNouns =
    [
        "allegations", "allegation", "accusations", "accusation", "claims", "charges", "reports", "rumours", "rumors",
    ];

    public static readonly HashSet<string> DiscreditingWords = ["smear", "disinformation", "propaganda", "trumped"];

    public static Reporting? Lookup(string fold) => Words.GetValueOrDefault(fold);

    /// <summary>Every reporting word of the table.</summary>
    public static IEnumerable<string> ReportingWords => Words.Keys;

    public static bool IsPronoun(string fold) => fold is "he" or "she" or "they" or "it" or "we" or "i";

    private static Dictionary<string, Reporting> Build()
    {
        var d = new Dictionary<string, Reporting>(StringComparer.Ordinal);
        void Add(Stance? stance, VerbShape shape, params string[] forms)
        {
            foreach (var f in forms)
                d[f] = new Reporting(stance, shape);
        }

        Add(Stance.Asserts, VerbShape.Verb, "said", "says", "told", "tells", "added", "adds", "stated", "announced",
            "announces", "explained", "explains", "noted", "reported", "claimed", "declared", "insisted",
            "insists", "warned", "warns", "argued", "argues", "wrote", "writes", "revealed", "disclosed", "indicated", "asserted",
            "alleged", "maintained", "predicted", "testified", "tweeted", "posted", "stressed", "threatened", "vowed", "pledged",
            // Round 7: the rest of each family and near-synonyms a wire story uses.
            // (plurals that are nouns as often, "states", "promises", "pledges", "vows", report only before "that": EnglishGatedVerbs)
            "declares", "alleges", "asserts", "maintains", "predicts", "testifies", "discloses", "reiterated",
            "reiterates", "reaffirmed", "reaffirms", "emphasised", "emphasized", "emphasises", "emphasizes", "underlined", "underscored",
            "affirmed", "affirms", "cautioned", "retorted", "promised", "threatens", "contended", "contends", "recounted");
        Add(Stance.Confirms, VerbShape.Verb, "confirmed", "confirms", "acknowledged", "acknowledges", "admitted", "admits",
            "conceded", "concedes", "verified", "verifies", "corroborated", "corroborates", "reconfirmed");
        Add(Stance.Denies, VerbShape.Verb, "denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "refuted",
            "refutes", "disputed", "disputes", "contested", "contradicted", "contests", "contradicts", "repudiated", "repudiates",
            "rebutted", "rebuts", "rebuffed", "disavowed");
        Add(Stance.Demands, VerbShape.Verb, "demanded", "urged", "urges", "implored", "implores");
        Add(null, VerbShape.Verb, "described", "describes", "called", "branded", "labelled", "labeled", "termed");
        Add(Stance.Asserts, VerbShape.Participle, "saying", "adding", "noting", "explaining", "stressing", "insisting",
            "warning", "claiming", "arguing", "stating", "telling",
            "alleging", "asserting", "predicting", "vowing", "pledging", "promising", "reiterating", "emphasising", "emphasizing",
            "declaring", "announcing", "maintaining", "contending");
        Add(Stance.Confirms, VerbShape.Participle, "confirming", "acknowledging", "admitting", "conceding", "verifying");
        Add(Stance.Denies, VerbShape.Participle, "denying", "rejecting", "dismissing", "disputing", "refuting", "contesting", "repudiating");
        Add(Stance.Demands, VerbShape.Participle, "demanding", "urging", "imploring");
        return d;
    }
}
