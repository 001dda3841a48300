using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    /// <summary>
    /// x asserts c (x1, 10 May) and denies d (x2, undated). c and d are linked as contradicting twice (both
    /// ways), e links to c. m denies c (m1, undated) and asserts d (m2, 1 May); z denies c (z1, 9 May);
    /// b asserts e (b1, 12 May). So x1 meets m in the same claim (m1) and via a link (m2).
    /// </summary>
    private static object[] LinkedClaimsGraph() =>
    [
        A.Source("s"), A.Claim("c"), A.Claim("d"), A.Claim("e"),
        A.Link("c", "d"), A.Link("d", "c"), A.Link("e", "c"),
        A.Actor("x"), A.Actor("m"), A.Actor("z"), A.Actor("b"),
        A.Statement("x1").By("x").On("c").In("s").Asserts().StatedOn(2024, 5, 10),
        A.Statement("x2").By("x").On("d").In("s").Denies(),
        A.Statement("m1").By("m").On("c").In("s").Denies(),
        A.Statement("m2").By("m").On("d").In("s").Asserts().StatedOn(2024, 5, 1),
        A.Statement("z1").By("z").On("c").In("s").Denies().StatedOn(2024, 5, 9),
        A.Statement("b1").By("b").On("e").In("s").Asserts().StatedOn(2024, 5, 12),
    ];

    private static IEnumerable<(string Own, string Other, bool ViaLink)> Listed(IEnumerable<Contradiction> found) =>
        found.Select(c => (c.Own.Id, c.Other.Id, c.ViaLink));

    [SkippableFact]
    public async Task Same_claim_and_via_link_pairs_interleave_in_one_order_and_a_pair_linked_both_ways_counts_once()
    {
        var store = await StoreAsync(LinkedClaimsGraph());

        var all = await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 100);

        Assert.Equal(
            [("x1", "b1", true), ("x1", "m1", false), ("x1", "m2", true), ("x1", "z1", false),
             ("x2", "m1", true), ("x2", "m2", false), ("x2", "z1", true)],
            Listed(all));
        Assert.Equal(
            [("x1", "b1", true), ("x1", "m1", false), ("x1", "m2", true)],
            Listed(await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 3)));
        Assert.Equal(
            [("x1", "b1", true), ("x1", "m1", false), ("x1", "m2", true), ("x1", "z1", false), ("x2", "m1", true)],
            Listed(await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 5)));
    }

    [SkippableFact]
    public async Task Direction_applies_to_via_link_pairs_before_the_cut()
    {
        var store = await StoreAsync(LinkedClaimsGraph());

        // x1 (10 May) is later than m2 (1 May) and z1 (9 May), earlier than b1 (12 May); m1 and x2 are undated.
        Assert.Equal(
            [("x1", "m1", false), ("x1", "m2", true), ("x1", "z1", false), ("x2", "m1", true)],
            Listed(await store.GetContradictionsAsync(["x"], ContradictionDirection.OwnLater, 4)));
        Assert.Equal(
            [("x1", "b1", true), ("x1", "m1", false), ("x2", "m1", true)],
            Listed(await store.GetContradictionsAsync(["x"], ContradictionDirection.OwnEarlier, 3)));
    }

    [SkippableFact]
    public async Task Several_actors_in_one_call_are_each_cut_and_answered_in_actor_id_order()
    {
        var store = await StoreAsync(LinkedClaimsGraph());

        var found = await store.GetContradictionsAsync(["z", "m", "x", "m"], ContradictionDirection.Any, 2);

        Assert.Equal(
            [("m1", "x1", false), ("m1", "x2", true), ("x1", "b1", true), ("x1", "m1", false), ("z1", "x1", false), ("z1", "x2", true)],
            Listed(found));
        Assert.Equal(["m", "m", "x", "x", "z", "z"], found.Select(c => c.Own.ActorId));
    }

    [SkippableFact]
    public async Task A_busy_linked_claim_is_cut_in_order_with_the_same_claim_pairs()
    {
        // x1 and x2 assert c; n and t deny c; p, q, r and u assert d, which contradicts c.
        var store = await StoreAsync(
            A.Source("s"), A.Claim("c"), A.Claim("d"), A.Link("c", "d"),
            A.Actor("x"), A.Actor("n"), A.Actor("t"), A.Actor("p"), A.Actor("q"), A.Actor("r"), A.Actor("u"),
            A.Statement("x1").By("x").On("c").In("s").Asserts(), A.Statement("x2").By("x").On("c").In("s").Asserts(),
            A.Statement("n1").By("n").On("c").In("s").Denies(), A.Statement("t1").By("t").On("c").In("s").Denies(),
            A.Statement("p1").By("p").On("d").In("s").Asserts(), A.Statement("q1").By("q").On("d").In("s").Asserts(),
            A.Statement("r1").By("r").On("d").In("s").Asserts(), A.Statement("u1").By("u").On("d").In("s").Asserts());

        Assert.Equal(
            [("x1", "n1", false), ("x1", "p1", true), ("x1", "q1", true)],
            Listed(await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 3)));
        Assert.Equal(
            [("x1", "n1", false), ("x1", "p1", true), ("x1", "q1", true), ("x1", "r1", true), ("x1", "t1", false), ("x1", "u1", true),
             ("x2", "n1", false)],
            Listed(await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 7)));
    }
}
