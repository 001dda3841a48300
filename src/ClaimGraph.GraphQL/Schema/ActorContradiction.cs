using ClaimGraph.Core.Store;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>Another actor in contradiction with the one asked about, with the statement pairs as evidence.</summary>
public sealed record ActorContradiction(string OtherActorId, IReadOnlyList<Contradiction> Evidence)
{
    /// <summary>Groups pairs (already filtered by direction and ordered by the store) by the other actor, keeping their order.</summary>
    public static IReadOnlyList<ActorContradiction> Group(IEnumerable<Contradiction> pairs) =>
        pairs.GroupBy(p => p.Other.ActorId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ActorContradiction(g.Key, g.ToList()))
            .ToList();
}
