using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>
/// The statements on a claim that take one stance: how many, and the distinct actors behind them in order of their
/// first such statement. Built from per-actor counts, so it is exact however many statements the claim has.
/// </summary>
public sealed record StanceGroup(string ClaimId, Stance Stance, int Count, IReadOnlyList<string> ActorIds)
{
    public static IReadOnlyList<StanceGroup> Of(string claimId, IReadOnlyList<ClaimStanceActor> counts) =>
        counts.GroupBy(c => c.Stance).OrderBy(g => g.Key)
            .Select(g => new StanceGroup(claimId, g.Key, g.Sum(c => c.Count), g.Select(c => c.ActorId).Distinct().ToList()))
            .ToList();

    public static IReadOnlyList<string> ActorsWith(IReadOnlyList<ClaimStanceActor> counts, Stance stance) =>
        counts.Where(c => c.Stance == stance).Select(c => c.ActorId).Distinct().ToList();

    public static bool IsContested(IReadOnlyList<ClaimStanceActor> counts)
    {
        var holders = counts.Where(c => c.Stance.Polarity() > 0).Select(c => c.ActorId).ToHashSet();
        var deniers = counts.Where(c => c.Stance.Polarity() < 0).Select(c => c.ActorId).ToHashSet();
        return holders.Count > 0 && deniers.Count > 0 && (holders.Count > 1 || deniers.Count > 1 || !holders.SetEquals(deniers));
    }
}
