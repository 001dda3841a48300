using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;
using ClaimGraph.Ingest.Draft;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>
/// Resolution by asking the store for each article: right for one article at a time (the GraphQL draft),
/// where loading a <see cref="ResolutionIndex"/> would cost more than it saves. A handful of round trips
/// per article whatever its length: one look-up of the actors its speakers name, then a count of the documents
/// each claim term matches, one search for the rarest terms of each claim and one read of the claims found.
/// </summary>
public sealed class StoreResolution(IClaimStore store) : IResolutionSource
{
    /// <summary>
    /// A term matching more search documents than this (of any kind: quotes, titles, names too) proposes no stored claim by itself,
    /// as a term in more than <c>max(1000, claims / 50)</c> stored claims proposes none from <see cref="ResolutionIndex"/>; it still
    /// counts in the score of a claim found through a rarer term.
    /// </summary>
    public const int TermDocumentLimit = 1_000;

    /// <summary>How many search documents the claim-term search may touch for one article, the claims' rarest terms first.</summary>
    public const int ClaimTermBudget = 2_000;

    /// <summary>How many stored claims are read and scored for one article, the best-ranked first.</summary>
    public const int ClaimHitLimit = 500;

    private static readonly NodeKind[] ClaimKinds = [NodeKind.Claim];

    public async Task<Actor?> ActorByIdAsync(string id, CancellationToken ct = default) =>
        (await store.GetActorsAsync([id], ct)).SingleOrDefault();

    public Task<IReadOnlyDictionary<string, Actor>> ResolveActorsAsync(IReadOnlyCollection<string> names, CancellationToken ct = default) =>
        new ActorResolver(store).ResolveAsync(names, ct);

    /// <summary>
    /// Searches, for each proposed claim, its terms as <see cref="ResolutionIndex"/> probes them (all but the commonest few that a
    /// claim reaching <paramref name="threshold"/> need not share), rarest first, leaving out terms past <see cref="TermDocumentLimit"/>
    /// and, once the article's <see cref="ClaimTermBudget"/> is spent, the rest (a claim's rarest term before any claim's second);
    /// each stored claim found is scored against the proposed claims it shares a searched-for term with, as the index scores it.
    /// A store that cannot count documents is searched for every term within the budget instead.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ClaimCandidate>>> CandidatesAsync(
        IReadOnlyList<(string Text, HashSet<string> Terms)> claims, double threshold, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var terms = claims.SelectMany(c => c.Terms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
            return claims.Select(_ => (IReadOnlyList<ClaimCandidate>)[]).ToList();

        var texts = terms.SelectMany(SearchTexts).Distinct(StringComparer.Ordinal).ToList();
        var counts = await store.CountMatchesAsync(texts, TermDocumentLimit + 1, ct);
        var probes = counts is null
            ? claims.Select(c => c.Terms.ToList()).ToList()
            : ClaimProbes.Choose(claims.Select(c => c.Terms).ToList(), TermCounts(terms, texts, counts), threshold, TermDocumentLimit, ClaimTermBudget);
        var searched = probes.SelectMany(p => p).SelectMany(SearchTexts).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var hits = searched.Count == 0 ? []
            : await store.SearchAnyAsync(searched, ClaimKinds, ClaimHitLimit, counts is null ? ClaimTermBudget * 10 : int.MaxValue, ct);
        var ids = hits.Select(h => h.Id).Distinct(StringComparer.Ordinal).ToList();
        var stored = ids.Count == 0 ? [] : await store.GetClaimsAsync(ids, ct);
        return ClaimProbes.Score(claims, probes, stored, threshold);
    }
    /// <summary>
    /// What to search for a claim term. A term drops every leading و/ف (<see cref="ArabicStemmer.MatchKey"/>: one key must meet وترامب
    /// and ترامب), but the search index keeps the و/ف of a word after the article (الوزير and الفصائل are indexed as وزير and فصايل), so an
    /// Arabic term is searched as itself and with each of them.
    /// </summary>
    private static IEnumerable<string> SearchTexts(string term) =>
        term.Length > 0 && Tokenizer.IsArabicLetter(term[0]) ? [term, "\u0648" + term, "\u0641" + term] : [term];

    // A term's documents are those of its search texts (a document holding two of them counts twice: an upper bound, as the limit wants).
    private static Dictionary<string, int> TermCounts(List<string> terms, List<string> texts, IReadOnlyList<int> counts)
    {
        var byText = texts.Zip(counts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        return terms.ToDictionary(t => t, t => SearchTexts(t).Sum(x => byText[x]), StringComparer.Ordinal);
    }
}
