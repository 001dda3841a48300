using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    /// <summary>x asserts c twice; five others deny it, and y denies it twice (ids chosen to test the order).</summary>
    private static object[] CrowdedClaimGraph() =>
    [
        A.Source("s"), A.Claim("c"),
        A.Actor("x"), A.Actor("y"), A.Actor("b"), A.Actor("a"), A.Actor("d"),
        A.Statement("x1").By("x").On("c").In("s").Asserts().StatedOn(2024, 5, 10),
        A.Statement("x2").By("x").On("c").In("s").Asserts(),
        A.Statement("y2").By("y").On("c").In("s").Denies().StatedOn(2024, 5, 1),
        A.Statement("y1").By("y").On("c").In("s").Denies().StatedOn(2024, 5, 20),
        A.Statement("b1").By("b").On("c").In("s").Denies().StatedOn(2024, 5, 11),
        A.Statement("a1").By("a").On("c").In("s").Denies().StatedOn(2024, 5, 9),
        A.Statement("d1").By("d").On("c").In("s").Denies(),
    ];

    private static IEnumerable<(string Own, string Other)> Ordered(IEnumerable<Contradiction> found) =>
        found.Select(c => (c.Own.Id, c.Other.Id));

    [SkippableFact]
    public async Task Contradictions_are_cut_per_actor_in_the_order_own_statement_then_other_actor_then_other_statement()
    {
        var store = await StoreAsync(CrowdedClaimGraph());

        var all = await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 100);
        var firstThree = await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 3);

        Assert.Equal(10, all.Count);
        Assert.Equal(
            [("x1", "a1"), ("x1", "b1"), ("x1", "d1"), ("x1", "y1"), ("x1", "y2"),
             ("x2", "a1"), ("x2", "b1"), ("x2", "d1"), ("x2", "y1"), ("x2", "y2")],
            Ordered(all));
        Assert.Equal([("x1", "a1"), ("x1", "b1"), ("x1", "d1")], Ordered(firstThree));
        Assert.Empty(await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 0));
    }

    [SkippableFact]
    public async Task The_limit_applies_to_each_actor_asked_about()
    {
        var store = await StoreAsync(CrowdedClaimGraph());

        var found = await store.GetContradictionsAsync(["x", "y", "nobody"], ContradictionDirection.Any, 2);

        Assert.Equal([("x1", "a1"), ("x1", "b1"), ("y1", "x1"), ("y1", "x2")], Ordered(found));
    }

    [SkippableFact]
    public async Task Direction_keeps_pairs_by_time_and_unknown_times_count_both_ways()
    {
        var store = await StoreAsync(CrowdedClaimGraph());

        var later = await store.GetContradictionsAsync(["x"], ContradictionDirection.OwnLater, 100);
        var earlier = await store.GetContradictionsAsync(["x"], ContradictionDirection.OwnEarlier, 100);

        // x1 is dated 10 May: after a1 (9 May) and y2 (1 May), before b1 (11 May) and y1 (20 May); x2 and d1 are undated.
        Assert.Equal([("x1", "a1"), ("x1", "d1"), ("x1", "y2"), ("x2", "a1"), ("x2", "b1"), ("x2", "d1"), ("x2", "y1"), ("x2", "y2")], Ordered(later));
        Assert.Equal([("x1", "b1"), ("x1", "d1"), ("x1", "y1"), ("x2", "a1"), ("x2", "b1"), ("x2", "d1"), ("x2", "y1"), ("x2", "y2")], Ordered(earlier));
        // The direction filters before the cut: b1 (later than x1) is skipped, not counted against the limit.
        Assert.Equal(
            [("x1", "a1"), ("x1", "d1")],
            Ordered(await store.GetContradictionsAsync(["x"], ContradictionDirection.OwnLater, 2)));
        Assert.Equal(
            [("x1", "b1"), ("x1", "d1"), ("x1", "y1"), ("x2", "a1")],
            Ordered(await store.GetContradictionsAsync(["x"], ContradictionDirection.OwnEarlier, 4)));
    }
}
