using System.Security.Cryptography;
using System.Text;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;
using ClaimGraph.Ingest.Draft;
using ClaimGraph.Ingest.Resolution;
using ClaimGraph.Ingest.Rules;
using ClaimGraph.Ingest.Text;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Ingest;

/// <summary>
/// Reads an article and proposes its source, actors, claims and statements as a draft: statements
/// from the language's rules, speakers matched to stored actors or proposed as new ones, statements
/// on one proposition gathered into one claim, and stored claims that read alike offered as links.
/// Reads the store; never writes it (see <see cref="DraftCommitter"/>).
/// </summary>
public sealed class ArticleExtractor(IClaimStore store, IOptions<IngestOptions> options)
{
    private const double SameClaimScore = 0.55;
    private readonly IngestOptions _options = options.Value;
    private readonly StoreResolution _perArticle = new(store);

    /// <summary>Extracts one article, resolving it with look-ups in the store.</summary>
    public Task<ExtractionDraft> ExtractAsync(ArticleInput input, CancellationToken ct = default) =>
        ExtractAsync(input, _perArticle, ct);

    /// <summary>
    /// The stored actors and claims in memory, for <see cref="ExtractAsync(ArticleInput, IResolutionSource, CancellationToken)"/>
    /// over many articles; tell it what the run commits (<see cref="ResolutionIndex.Add"/>).
    /// </summary>
    public Task<ResolutionIndex> LoadIndexAsync(CancellationToken ct = default) => ResolutionIndex.LoadAsync(store, ct);

    /// <summary>Extracts one article, resolving it through <paramref name="resolution"/> (a bulk run's <see cref="ResolutionIndex"/>).</summary>
    public async Task<ExtractionDraft> ExtractAsync(ArticleInput input, IResolutionSource resolution, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(resolution);
        InputGuard.Check(input.Text, _options.MaxTextLength);
        var text = input.Text;
        var language = input.Language ?? LanguageDetector.Detect(text);
        var byline = Byline.Parse(text);
        var sourceId = input.SourceId ?? "article-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

        var publisherId = input.Publisher is null ? null : await resolution.ActorByIdAsync(input.Publisher, ct);
        var publisherName = publisherId?.Name ?? input.Publisher ?? byline?.Publisher;
        var authorName = input.Author ?? byline?.Author;

        var findings = StatementExtractor.Extract(text, language, publisherName, authorName);
        var actors = new List<ArticleActor>();
        var byPhrase = new Dictionary<SpeakerPhrase, ArticleActor>(ReferenceEqualityComparer.Instance);
        foreach (var f in findings)
        {
            byPhrase[f.Speaker!] = Cluster(actors, f.Speaker!);
            if (f.RelayedBy is not null)
                byPhrase[f.RelayedBy] = Cluster(actors, f.RelayedBy);
        }

        ArticleActor? publisher = null;
        if (publisherName is not null)
            publisher = Cluster(actors, new SpeakerPhrase(new Phrase(publisherName, 0, 0), publisherName, null, ActorKind.MediaOutlet));
        if (publisherId is not null && publisher is not null)
            publisher.Match = publisherId;
        ArticleActor? author = null;
        if (authorName is not null)
            author = Cluster(actors, new SpeakerPhrase(new Phrase(authorName, 0, 0), authorName, null, ActorKind.Person));

        var matches = await resolution.ResolveActorsAsync(
            actors.Where(a => a.Kind != ActorKind.AnonymousSource && a.Match is null).SelectMany(a => a.Mentions.Select(m => m.Name).Prepend(a.Name)).Distinct().ToList(), ct);
        var n = 0;
        foreach (var a in actors)
        {
            if (a.Match is null && a.Kind != ActorKind.AnonymousSource)
                a.Match = a.Mentions.Select(m => matches.GetValueOrDefault(m.Name)).Prepend(matches.GetValueOrDefault(a.Name)).FirstOrDefault(m => m is not null);
            a.Ref = a.Match?.Id ?? $"{sourceId}-actor-{++n}";
        }

        var claims = new List<(DraftClaim Claim, HashSet<string> Terms, int? Group)>();
        var statements = new List<DraftStatement>();
        var refOf = new Dictionary<Finding, string>(ReferenceEqualityComparer.Instance);
        foreach (var f in findings)
        {
            var claimText = ClaimText(f.Content.Text);
            var terms = ClaimSimilarity.Terms(claimText);
            var existing = claims.FindIndex(c => f.ClaimGroup is not null && c.Group == f.ClaimGroup
                || ClaimSimilarity.Score(c.Terms, terms) >= SameClaimScore
                || Math.Min(c.Terms.Count, terms.Count) >= 4 && ClaimSimilarity.Containment(c.Terms, terms) >= 0.85);
            if (existing < 0)
            {
                claims.Add((new DraftClaim($"{sourceId}-claim-{claims.Count + 1}", claimText, language), terms, f.ClaimGroup));
                existing = claims.Count - 1;
            }

            var speaker = byPhrase[f.Speaker!];
            var relay = f.RelayedBy is null ? null : byPhrase[f.RelayedBy];
            var stRef = $"{sourceId}-st-{statements.Count + 1}";
            refOf[f] = stRef;
            statements.Add(new DraftStatement(stRef, speaker.Ref, claims[existing].Claim.Ref, f.Stance, f.Evidence.Text, f.Evidence.Start, f.Evidence.End,
                relay is null || relay == speaker ? null : relay.Ref,
                f.RelayedThrough is not null && refOf.TryGetValue(f.RelayedThrough, out var through) ? through : null));
        }

        var candidates = await resolution.CandidatesAsync(claims.Select(c => (c.Claim.Text, c.Terms)).ToList(), _options.CandidateThreshold, ct);
        var draftClaims = claims.Select((c, i) => c.Claim with { Candidates = candidates[i] }).ToList();

        var used = statements.SelectMany(s => new[] { s.SpeakerRef, s.RelayedByRef }).Append(publisher?.Ref).Append(author?.Ref).ToHashSet();
        var draftActors = actors.Where(a => used.Contains(a.Ref)).DistinctBy(a => a.Ref).Select(a => new DraftActor(
            a.Ref, a.Match?.Name ?? a.Name, a.Match?.Language ?? LanguageDetector.Detect(a.Name), a.Match?.Kind ?? a.Kind, a.Match?.Id, a.Match is null ? a.Role : null)).ToList();
        var source = new DraftSource(sourceId, input.Kind, input.Title ?? Title(text, byline), language, text, input.Url, publisher?.Ref, author?.Ref, input.PublishedAt);
        var warnings = statements.Count == 0 ? new[] { "No reported speech was found in the text." } : [];
        return new ExtractionDraft(source, draftActors, draftClaims, statements, warnings);
    }

    private static ArticleActor Cluster(List<ArticleActor> actors, SpeakerPhrase phrase)
    {
        var key = phrase.Key;
        ArticleActor? found;
        if (phrase.Anonymous && IsBackReference(phrase.Name, key))
        {
            var head = key.Split(' ')[^1];
            found = actors.LastOrDefault(a => a.Kind == ActorKind.AnonymousSource && a.First.Key.Split(' ').Contains(head))
                ?? actors.LastOrDefault(a => a.First.Key == key);
        }
        else
        {
            found = actors.FirstOrDefault(a => a.Mentions.Any(m => m.Kind == ActorKind.AnonymousSource == phrase.Anonymous
                && (phrase.Anonymous ? m.Key == key : StatementExtractor.SameSpeaker(m, phrase))));
        }

        if (found is null)
        {
            found = new ArticleActor(phrase);
            actors.Add(found);
            return found;
        }

        found.Mentions.Add(phrase);
        if (phrase.Name.Length > found.Name.Length && !phrase.Anonymous && phrase.Kind == found.Kind)
            found.Name = phrase.Name;
        else if (found.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !phrase.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            && phrase.Kind == found.Kind && string.Equals(found.Name[4..], phrase.Name, StringComparison.OrdinalIgnoreCase))
            found.Name = phrase.Name;
        found.Role ??= phrase.Role;
        return found;
    }

    // "المصادر" or "the sources" alone points back to sources named earlier.
    private static bool IsBackReference(string name, string key)
    {
        var folded = Tokenizer.Fold(name.Trim());
        return !key.Contains(' ', StringComparison.Ordinal) && (folded.StartsWith("ال", StringComparison.Ordinal) || folded.StartsWith("وال", StringComparison.Ordinal))
            || folded.StartsWith("the ", StringComparison.Ordinal) && key.Split(' ').Length == 2;
    }

    private static string ClaimText(string content)
    {
        var t = content.Trim().Trim('"', '«', '»', '“', '”', '،', ',', '؛', ';', ':', '.', ' ');
        return t.Length == 0 ? content.Trim() : t;
    }

    private static string Title(string text, Byline? byline)
    {
        var body = byline is null ? text : text[Math.Min(text.Length, byline.LineEnd)..];
        var line = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? text.Trim();
        if (line.Length <= 120)
            return line;
        var cut = line.LastIndexOf(' ', 117);
        return line[..(cut > 40 ? cut : 117)] + "…";
    }
}
