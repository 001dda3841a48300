using ClaimGraph.Core.Store;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>Another actor in contradiction with the one asked about, with the statement pairs as evidence.</summary>
public sealed record ActorContradiction(string OtherActorId, IReadOnlyList<Contradiction> Evidence)
{
    /// <summary>
    /// Keeps the pairs in the asked direction: with <paramref name="ownIsLater"/>, those where the actor's
    /// own statement came after the other's (the actor contradicts them); otherwise the reverse.
    /// Pairs with an unknown time count both ways.
    /// </summary>
    public static IReadOnlyList<ActorContradiction> Group(IEnumerable<Contradiction> pairs, bool ownIsLater) =>
        pairs.Where(p => p.Own.StatedAt is null || p.Other.StatedAt is null
                         || (ownIsLater ? p.Own.StatedAt >= p.Other.StatedAt : p.Other.StatedAt >= p.Own.StatedAt))
            .GroupBy(p => p.Other.ActorId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ActorContradiction(g.Key, g.ToList()))
            .ToList();
}
