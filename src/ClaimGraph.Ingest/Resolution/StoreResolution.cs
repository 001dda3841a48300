using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Text;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>
/// Resolution by asking the store for each article: right for one article at a time (the GraphQL draft),
/// where loading a <see cref="ResolutionIndex"/> would cost more than it saves.
/// </summary>
public sealed class StoreResolution(IClaimStore store) : IResolutionSource
{
    private static readonly NodeKind[] ClaimKinds = [NodeKind.Claim];

    public async Task<Actor?> ActorByIdAsync(string id, CancellationToken ct = default) =>
        (await store.GetActorsAsync([id], ct)).SingleOrDefault();

    public Task<IReadOnlyDictionary<string, Actor>> ResolveActorsAsync(IReadOnlyCollection<string> names, CancellationToken ct = default) =>
        new ActorResolver(store).ResolveAsync(names, ct);

    /// <summary>
    /// The store's search ANDs its terms, so each claim's few longest words are searched one at a time
    /// (each distinct word once for the whole article), the hits read in one batch, and every hit scored
    /// against the claims that led to it.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ClaimCandidate>>> CandidatesAsync(
        IReadOnlyList<(string Text, HashSet<string> Terms)> claims, double threshold, CancellationToken ct = default)
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
                .Where(c => c.Score >= threshold).OrderByDescending(c => c.Score).Take(3).ToList());
        }

        return result;
    }
}
