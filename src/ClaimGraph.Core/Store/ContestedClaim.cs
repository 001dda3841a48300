namespace ClaimGraph.Core.Store;

/// <summary>
/// A claim held true by some actors and denied by others. Ranked by <see cref="Score"/>: the smaller
/// side's count of distinct actors (a 3-vs-3 split is more contested than 10-vs-1), then total actors.
/// </summary>
public sealed record ContestedClaim(string ClaimId, int SupportingActors, int DenyingActors)
{
    public int Score => Math.Min(SupportingActors, DenyingActors);
}
