using System.Globalization;
using System.Text;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Model;
using static ClaimGraph.Core.Synthetic.SyntheticText;

namespace ClaimGraph.Core.Synthetic;

/// <summary>
/// Generates a realistic claim graph, deterministic for a seed, as import records in dependency
/// order (outlets and actors, claims, then each source followed by its anonymous sources and its
/// statements, claim links last), so every reference points at a record written earlier and the
/// output can be bulk-imported in batches. Skewed like real reporting: actors, outlets and claims
/// are drawn Zipf-like; about 40% of claims are contested (denied as well as asserted); about one
/// statement in ten is relayed through an earlier one, in chains of up to three; text is Arabic
/// and English, quotes sit at their spans in the source text.
/// </summary>
public sealed class SyntheticGraph(SyntheticGraphOptions options)
{
    private static readonly DateTimeOffset Epoch = new(2017, 1, 1, 0, 0, 0, TimeSpan.FromHours(3));

    public static string ActorId(int n) => $"syn-a{n}";

    public static string OutletId(int n) => $"syn-o{n}";

    public static string ClaimId(int n) => $"syn-c{n}";

    public IEnumerable<ImportRecord> Records()
    {
        var random = new Random(options.Seed);
        var actorNames = new string[options.Actors];
        foreach (var outlet in Outlets(random))
            yield return outlet;
        foreach (var actor in Actors(random, actorNames))
            yield return actor;
        var contested = new bool[options.Claims];
        foreach (var claim in Claims(random, contested))
            yield return claim;
        foreach (var record in Sources(random, actorNames, contested))
            yield return record;
        foreach (var link in Links(random))
            yield return link;
    }

    private IEnumerable<ImportRecord> Outlets(Random random)
    {
        for (var n = 0; n < options.Outlets; n++)
        {
            var name = $"{Pick(random, Places)} {Pick(random, OutletNames)} {n}";
            yield return new ActorRecord(OutletId(n), name, "ar", ActorKind.MediaOutlet,
                [new Alias($"{Pick(random, PlacesEnglish)} News {n}", "en")], Description: "A synthetic news outlet.");
        }
    }

    private IEnumerable<ImportRecord> Actors(Random random, string[] names)
    {
        var organisations = new List<int>();
        for (var n = 0; n < options.Actors; n++)
        {
            var kind = (n % 10) switch
            {
                < 5 => ActorKind.Person,
                < 7 => ActorKind.Organisation,
                7 => ActorKind.ArmedGroup,
                8 => ActorKind.Government,
                _ => ActorKind.Coalition,
            };
            if (kind == ActorKind.Person)
            {
                var arabic = random.NextDouble() < 0.7;
                names[n] = arabic
                    ? $"{Pick(random, ArabicGivenNames)} {Pick(random, ArabicFamilyNames)}"
                    : $"{Pick(random, EnglishGivenNames)} {Pick(random, EnglishFamilyNames)}";
                var affiliation = organisations.Count > 0 && random.NextDouble() < 0.5 ? organisations[random.Next(organisations.Count)] : -1;
                yield return new ActorRecord(ActorId(n), names[n], arabic ? "ar" : "en", kind,
                    Affiliation: affiliation < 0 ? null : ActorId(affiliation),
                    Role: affiliation < 0 ? null : (arabic ? "متحدث رسمي (spokesperson)" : "spokesperson"));
            }
            else
            {
                names[n] = $"{Pick(random, ArabicBodies)} {Pick(random, ArabicQualifiers)} {n}";
                organisations.Add(n);
                yield return new ActorRecord(ActorId(n), names[n], "ar", kind,
                    [new Alias($"Group {n}", "en")], Description: $"Synthetic {kind.ToString().ToLowerInvariant()} number {n}.");
            }
        }
    }

    private IEnumerable<ImportRecord> Claims(Random random, bool[] contested)
    {
        for (var n = 0; n < options.Claims; n++)
        {
            contested[n] = random.NextDouble() < 0.4;
            var place = random.Next(Places.Length);
            var subject = random.Next(ArabicSubjects.Length);
            var verb = random.Next(ArabicVerbs.Length);
            var time = random.Next(ArabicTimes.Length);
            var english = $"{EnglishSubjects[subject]} {EnglishVerbs[verb]} {PlacesEnglish[place]} {EnglishTimes[time]} (report {n}).";
            if (random.NextDouble() < 0.7)
            {
                var arabic = $"{ArabicSubjects[subject]} {ArabicVerbs[verb]} {Places[place]} {ArabicTimes[time]} (خبر {n})";
                yield return new ClaimRecord(ClaimId(n), arabic, "ar",
                    random.NextDouble() < 0.5 ? [new Translation("en", english)] : null,
                    random.NextDouble() < 0.2 ? $"{PlacesEnglish[place]} {n}" : null);
            }
            else
            {
                yield return new ClaimRecord(ClaimId(n), english, "en");
            }
        }
    }

    private IEnumerable<ImportRecord> Sources(Random random, string[] actorNames, bool[] contested)
    {
        var actors = new ZipfSampler(options.Actors, 1.05);
        var outlets = new ZipfSampler(options.Outlets, 1.1);
        var claims = new ZipfSampler(options.Claims, 0.9);
        var written = 0;
        var source = 0;
        string? lastOfficial = null;
        while (written < options.Statements)
        {
            var count = Math.Min(options.Statements - written, 1 + random.Next(40));
            foreach (var record in Source(random, source, count, written, actorNames, actors, outlets, claims, contested, ref lastOfficial))
                yield return record;
            written += count;
            source++;
        }
    }

    // One source and what hangs off it. Statements are drafted first because the source's text is
    // made from their quotes, and each quote's span must point into it.
    private static List<ImportRecord> Source(
        Random random, int n, int count, int firstStatement, string[] actorNames,
        ZipfSampler actors, ZipfSampler outlets, ZipfSampler claims, bool[] contested, ref string? lastOfficial)
    {
        var id = $"syn-s{n}";
        var official = n % 10 == 9;
        var arabic = random.NextDouble() < 0.7;
        var publisher = official ? ActorId(actors.Next(random)) : OutletId(outlets.Next(random));
        var cites = !official && lastOfficial is not null && random.NextDouble() < 0.3 ? lastOfficial : null;
        var publishedAt = Epoch.AddMinutes(n * 7 + random.Next(7));
        var records = new List<ImportRecord>();
        string? anonymous = null;
        if (!official && random.NextDouble() < 0.15)
        {
            anonymous = $"syn-anon-{n}";
            records.Add(new ActorRecord(anonymous, Pick(random, AnonymousNames), "ar", ActorKind.AnonymousSource, ScopeSource: id));
        }

        var text = new StringBuilder();
        var statements = new List<StatementRecord>();
        var depth = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var actorIndex = actors.Next(random);
            var actor = anonymous is not null && random.NextDouble() < 0.1 ? anonymous : ActorId(actorIndex);
            var speaker = actor == anonymous ? "مصادر" : actorNames[actorIndex];
            var claim = claims.Next(random);
            var stance = DrawStance(random, contested[claim]);
            var reporting = arabic ? ArabicReporting[(int)stance % ArabicReporting.Length] : EnglishReporting[(int)stance % EnglishReporting.Length];
            text.Append(reporting).Append(' ').Append(speaker).Append(": ");
            string? quote = null;
            TextSpan? span = null;
            if (random.NextDouble() < 0.8)
            {
                quote = arabic
                    ? $"{Pick(random, ArabicSubjects)} {Pick(random, ArabicVerbs)} {Pick(random, Places)} {Pick(random, ArabicTimes)}"
                    : $"{Pick(random, EnglishSubjects)} {Pick(random, EnglishVerbs)} {Pick(random, PlacesEnglish)} {Pick(random, EnglishTimes)}";
                span = new TextSpan(text.Length, text.Length + quote.Length);
                text.Append(quote);
            }

            text.Append(". ");
            var relayed = i > 0 && random.NextDouble() < 0.1 ? random.Next(i) : -1;
            if (relayed >= 0 && depth[relayed] >= 2)
                relayed = -1;
            depth.Add(relayed < 0 ? 0 : depth[relayed] + 1);
            statements.Add(new StatementRecord(
                $"syn-st{firstStatement + i}", actor, ClaimId(claim), stance, id, quote, span,
                StatedAt: random.NextDouble() < 0.3 ? publishedAt.AddHours(-random.Next(48)) : null,
                RelayedThrough: relayed < 0 ? null : statements[relayed].Id,
                RelayedBy: relayed < 0 || official ? null : publisher,
                OriginSource: cites is not null && random.NextDouble() < 0.3 ? cites : null,
                Note: random.NextDouble() < 0.02 ? "Synthetic: hedged in the source." : null));
        }

        var title = arabic
            ? $"{Pick(random, ArabicSubjects)} في {Pick(random, Places)} ({n})"
            : $"{Pick(random, EnglishSubjects)} in {Pick(random, PlacesEnglish)} ({n})";
        records.Insert(0, new SourceRecord(id, official ? SourceKind.OfficialStatement : SourceKind.Article, title, arabic ? "ar" : "en",
            cites is null ? null : [cites],
            Url: string.Create(CultureInfo.InvariantCulture, $"https://news.example/{n}"),
            Publisher: publisher, PublishedAt: publishedAt, Text: text.ToString()));
        records.AddRange(statements);
        if (official)
            lastOfficial = id;
        return records;
    }

    private static Stance DrawStance(Random random, bool contested)
    {
        var draw = random.NextDouble();
        var denies = contested ? 0.4 : 0.05;
        if (draw < denies)
            return Stance.Denies;
        if (draw < denies + 0.15)
            return Stance.Confirms;
        if (draw < denies + 0.2)
            return Stance.Demands;
        return Stance.Asserts;
    }

    private IEnumerable<ImportRecord> Links(Random random)
    {
        var seen = new HashSet<(int, int)>();
        var claims = new ZipfSampler(options.Claims, 0.9);
        for (var i = 0; i < options.ClaimLinks * 3 && seen.Count < options.ClaimLinks; i++)
        {
            var from = claims.Next(random);
            var to = random.Next(options.Claims);
            if (from == to || !seen.Add((Math.Min(from, to), Math.Max(from, to))))
                continue;
            yield return new ClaimLinkRecord(ClaimId(from), ClaimId(to),
                random.NextDouble() < 0.6 ? ClaimLinkKind.Contradicts : ClaimLinkKind.Supports);
        }
    }
}
