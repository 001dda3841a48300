using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>
/// Resolution by asking the store for each article: right for one article at a time (the GraphQL draft),
/// where loading a <see cref="ResolutionIndex"/> would cost more than it saves. A handful of round trips
/// per article whatever its length: one search for all its speakers and one read of the actors found,
/// one search for all its claim terms and one read of the claims found.
/// </summary>
public sealed class StoreResolution(IClaimStore store) : IResolutionSource
{
    /// <summary>How many search documents the claim-term search may touch: the rarest terms first, the commonest left out.</summary>
    public const int ClaimTermBudget = 20_000;

    /// <summary>How many stored claims are read and scored for one article, the best-ranked first.</summary>
    public const int ClaimHitLimit = 500;

    private static readonly NodeKind[] ClaimKinds = [NodeKind.Claim];

    public async Task<Actor?> ActorByIdAsync(string id, CancellationToken ct = default) =>
        (await store.GetActorsAsync([id], ct)).SingleOrDefault();

    public Task<IReadOnlyDictionary<string, Actor>> ResolveActorsAsync(IReadOnlyCollection<string> names, CancellationToken ct = default) =>
        new ActorResolver(store).ResolveAsync(names, ct);

    /// <summary>
    /// One search OR-ing every term of every claim of the article (<see cref="ClaimSimilarity.Terms"/>: a stored claim sharing a term
    /// has a word starting with it), within <see cref="ClaimTermBudget"/>; the hits are read in one batch and each is scored against
    /// every proposed claim, as <see cref="ResolutionIndex"/> scores them.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ClaimCandidate>>> CandidatesAsync(
        IReadOnlyList<(string Text, HashSet<string> Terms)> claims, double threshold, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var terms = claims.SelectMany(c => c.Terms).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var hits = terms.Count == 0 ? [] : await store.SearchAnyAsync(terms, ClaimKinds, ClaimHitLimit, ClaimTermBudget, ct);
        var ids = hits.Select(h => h.Id).Distinct(StringComparer.Ordinal).ToList();
        var stored = ids.Count == 0 ? [] : (await store.GetClaimsAsync(ids, ct)).Select(c => (c.Id, c.Text, Terms: ClaimSimilarity.StoredClaimTerms(c.Text))).ToList();
        return claims.Select(c => ClaimSimilarity.Best(stored
                .Select(s => new ClaimCandidate(s.Id, s.Text, Math.Round(ClaimSimilarity.Score(c.Terms, s.Terms), 3)))
                .Where(x => x.Score >= threshold)))
            .ToList();
    }
}
