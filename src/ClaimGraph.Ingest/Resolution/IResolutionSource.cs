using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest.Resolution;

/// <summary>
/// What the extractor asks of the stored graph while resolving an article: an actor by id, stored actors
/// for the names it found, and stored claims that read like the ones it proposes.
/// <see cref="StoreResolution"/> asks the store for each article; <see cref="ResolutionIndex"/> answers a
/// bulk run from memory.
/// </summary>
public interface IResolutionSource
{
    Task<Actor?> ActorByIdAsync(string id, CancellationToken ct = default);

    /// <summary>The stored actor each name matches (see <see cref="ActorResolver"/>); names that match none are left out.</summary>
    Task<IReadOnlyDictionary<string, Actor>> ResolveActorsAsync(IReadOnlyCollection<string> names, CancellationToken ct = default);

    /// <summary>For each proposed claim (its text and <see cref="ClaimSimilarity.Terms"/>), the best three stored claims scoring at least <paramref name="threshold"/>.</summary>
    Task<IReadOnlyList<IReadOnlyList<ClaimCandidate>>> CandidatesAsync(
        IReadOnlyList<(string Text, HashSet<string> Terms)> claims, double threshold, CancellationToken ct = default);
}
