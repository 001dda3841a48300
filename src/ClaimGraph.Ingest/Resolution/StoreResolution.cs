using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;
using ClaimGraph.Ingest.Draft;
using ClaimGraph.Ingest.Text;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>
/// Resolution by asking the store for each article: right for one article at a time (the GraphQL draft),
/// where loading a <see cref="ResolutionIndex"/> would cost more than it saves. A handful of round trips
/// per article whatever its length: one look-up of the actors its speakers name, then a count of the claims
/// holding each claim term, one look-up of the claims holding the rarest terms of each claim and one read of them.
/// </summary>
public sealed class StoreResolution(IClaimStore store) : IResolutionSource
{
    /// <summary>
    /// Without a claim-term index: a term matching more search documents than this (of any kind: quotes, titles, names too) proposes no stored claim by itself,
    /// as a term in more than <c>max(1000, claims / 50)</c> stored claims proposes none from <see cref="ResolutionIndex"/>; it still
    /// counts in the score of a claim found through a rarer term.
    /// </summary>
    public const int TermDocumentLimit = 1_000;

    /// <summary>Without a claim-term index: how many search documents the claim-term search may touch for one article, the claims' rarest terms first.</summary>
    public const int ClaimTermBudget = 2_000;

    /// <summary>
    /// How many claim-term postings (a term's claims, <see cref="IClaimStore.CountClaimTermsAsync"/>) one article's probes may read,
    /// the claims' rarest terms first.
    /// </summary>
    public const int ClaimPostingBudget = 50_000;

    /// <summary>
    /// How many of the best-scoring stored claims the claim-term index returns for each proposed claim: the candidates proposed, and
    /// a margin for scores the store rounds differently from <see cref="ClaimSimilarity"/>.
    /// </summary>
    public const int ClaimsPerProbe = 2 * ClaimSimilarity.MaxCandidates;

    /// <summary>Without a claim-term index: how many stored claims are read and scored for one article, the best-ranked first.</summary>
    public const int ClaimHitLimit = 500;

    private static readonly NodeKind[] ClaimKinds = [NodeKind.Claim];

    public async Task<Actor?> ActorByIdAsync(string id, CancellationToken ct = default) =>
        (await store.GetActorsAsync([id], ct)).SingleOrDefault();

    public Task<IReadOnlyDictionary<string, Actor>> ResolveActorsAsync(IReadOnlyCollection<string> names, CancellationToken ct = default) =>
        new ActorResolver(store).ResolveAsync(names, ct);

    /// <summary>
    /// For each proposed claim, the stored claims that read like it, found as <see cref="ResolutionIndex"/> finds them: through the
    /// store's claim-term index (<see cref="IClaimStore.CountClaimTermsAsync"/>), each claim's terms counted over claims, all but the
    /// commonest few that a claim reaching <paramref name="threshold"/> need not share probed, rarest first, leaving out terms in more
    /// than <see cref="ClaimSimilarity.CommonTermLimit"/> claims and, past the article's <see cref="ClaimPostingBudget"/>, the rest (a
    /// claim's rarest term before any claim's second); of the claims holding a probed term, the store scores those that could still
    /// reach the threshold and returns the best <see cref="ClaimsPerProbe"/> of each proposed claim, which are read and scored as the
    /// index scores them. Three store calls whatever the article's length. A store
    /// without the index (null counts) is searched as text instead (<see cref="CandidatesBySearchAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ClaimCandidate>>> CandidatesAsync(
        IReadOnlyList<(string Text, HashSet<string> Terms)> claims, double threshold, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var terms = claims.SelectMany(c => c.Terms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
            return claims.Select(_ => (IReadOnlyList<ClaimCandidate>)[]).ToList();

        var counted = await store.CountClaimTermsAsync(terms, ct);
        if (counted is null)
            return await CandidatesBySearchAsync(claims, terms, threshold, ct);
        var counts = terms.Zip(counted.Counts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        var probes = ClaimProbes.Choose(
            claims.Select(c => c.Terms).ToList(), counts, threshold, ClaimSimilarity.CommonTermLimit(counted.Claims), ClaimPostingBudget);
        // The bound the index checks a claim against before scoring it (Dice >= t with every unprobed term shared).
        var bound = Math.Max(threshold - 0.0005, 0.01);
        var asked = claims.Select((c, i) => new ClaimTermProbe(
            probes[i], c.Terms.Where(t => counts[t] > 0).Except(probes[i], StringComparer.Ordinal).ToList(), c.Terms.Count)).ToList();
        var ids = probes.All(p => p.Count == 0) ? [] : await store.ClaimsWithTermsAsync(asked, bound, ClaimsPerProbe, ct);
        var stored = ids.Count == 0 ? [] : await store.GetClaimsAsync(ids, ct);
        return ClaimProbes.Score(claims, probes, stored, threshold);
    }

    /// <summary>
    /// For a store without a claim-term index (Neo4j): searches each proposed claim's terms as text, rarest first by their count
    /// of search documents of every kind (<see cref="IClaimStore.CountMatchesAsync"/>; a term past <see cref="TermDocumentLimit"/>
    /// proposes nothing by itself, and the article's <see cref="ClaimTermBudget"/> bounds the documents searched), or every term
    /// within the budget when the store cannot count; the claims found are scored as <see cref="ResolutionIndex"/> scores them.
    /// Commonness over documents of every kind is not commonness over claims, so on a large store this can miss what the index finds.
    /// </summary>
    private async Task<IReadOnlyList<IReadOnlyList<ClaimCandidate>>> CandidatesBySearchAsync(
        IReadOnlyList<(string Text, HashSet<string> Terms)> claims, List<string> terms, double threshold, CancellationToken ct)
    {
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
        term.Length > 0 && ArabicStemmer.IsArabicLetter(term[0]) ? [term, "\u0648" + term, "\u0641" + term] : [term];

    // A term's documents are those of its search texts (a document holding two of them counts twice: an upper bound, as the limit wants).
    private static Dictionary<string, int> TermCounts(List<string> terms, List<string> texts, IReadOnlyList<int> counts)
    {
        var byText = texts.Zip(counts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        return terms.ToDictionary(t => t, t => SearchTexts(t).Sum(x => byText[x]), StringComparer.Ordinal);
    }
}
