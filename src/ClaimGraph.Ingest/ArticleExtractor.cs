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
    private static readonly NodeKind[] ClaimKinds = [NodeKind.Claim];
    private readonly IngestOptions _options = options.Value;

    public async Task<ExtractionDraft> ExtractAsync(ArticleInput input, CancellationToken ct = default)
    {
        InputGuard.Check(input.Text, _options.MaxTextLength);
        var text = input.Text;
        var language = input.Language ?? LanguageDetector.Detect(text);
        var byline = Byline.Parse(text);
        var sourceId = input.SourceId ?? "article-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

        var publisherId = input.Publisher is null ? null : (await store.GetActorsAsync([input.Publisher], ct)).SingleOrDefault();
        var publisherName = publisherId?.Name ?? input.Publisher ?? byline?.Publisher;
        var authorName = input.Author ?? byline?.Author;

        var findings = StatementExtractor.Extract(text, language, publisherName);
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

        var matches = await new ActorResolver(store).ResolveAsync(
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

        var candidates = await CandidatesAsync(claims.Select(c => (c.Claim.Text, c.Terms)).ToList(), ct);
        var draftClaims = claims.Select((c, i) => c.Claim with { Candidates = candidates[i] }).ToList();

        var used = statements.SelectMany(s => new[] { s.SpeakerRef, s.RelayedByRef }).Append(publisher?.Ref).Append(author?.Ref).ToHashSet();
        var draftActors = actors.Where(a => used.Contains(a.Ref)).DistinctBy(a => a.Ref).Select(a => new DraftActor(
            a.Ref, a.Match?.Name ?? a.Name, a.Match?.Language ?? LanguageDetector.Detect(a.Name), a.Match?.Kind ?? a.Kind, a.Match?.Id, a.Match is null ? a.Role : null)).ToList();
        var source = new DraftSource(sourceId, input.Kind, input.Title ?? Title(text, byline), language, text, input.Url, publisher?.Ref, author?.Ref, input.PublishedAt);
        var warnings = statements.Count == 0 ? new[] { "No reported speech was found in the text." } : [];
        return new ExtractionDraft(source, draftActors, draftClaims, statements, warnings);
    }

    /// <summary>
    /// Stored claims that read like each proposed one. The store's search ANDs its terms, so each claim's
    /// few longest words are searched one at a time (each distinct word once for the whole article),
    /// the hits read in one batch, and every hit scored against the claims that led to it.
    /// </summary>
    private async Task<List<IReadOnlyList<ClaimCandidate>>> CandidatesAsync(List<(string Text, HashSet<string> Terms)> claims, CancellationToken ct)
    {
        var words = claims.Select(c => TextNormalizer.Tokens(c.Text).Select(ArabicStemmer.Canonical).Where(t => t.Length >= 4)
            .Distinct().OrderByDescending(t => t.Length).Take(4).ToList()).ToList();
        var distinct = words.SelectMany(w => w).Distinct().ToList();
        var hits = await store.SearchEachAsync(distinct, ClaimKinds, 20, ct);
        var hitsByWord = distinct.Select((w, i) => (w, hits[i])).ToDictionary(x => x.w, x => x.Item2.Select(h => h.Id).ToList(), StringComparer.Ordinal);
        var ids = hitsByWord.Values.SelectMany(h => h).Distinct().ToList();
        var stored = ids.Count == 0 ? [] : (await store.GetClaimsAsync(ids, ct)).ToDictionary(c => c.Id);
        var storedTerms = stored.ToDictionary(kv => kv.Key, kv => ClaimSimilarity.StoredClaimTerms(kv.Value.Text));
        var result = new List<IReadOnlyList<ClaimCandidate>>();
        for (var i = 0; i < claims.Count; i++)
        {
            var terms = claims[i].Terms;
            result.Add(words[i].SelectMany(w => hitsByWord[w]).Distinct().Where(stored.ContainsKey)
                .Select(id => new ClaimCandidate(id, stored[id].Text, Math.Round(ClaimSimilarity.Score(terms, storedTerms[id]), 3)))
                .Where(c => c.Score >= _options.CandidateThreshold).OrderByDescending(c => c.Score).Take(3).ToList());
        }

        return result;
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
