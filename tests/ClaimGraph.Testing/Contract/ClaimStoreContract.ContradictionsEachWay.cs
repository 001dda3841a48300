using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    [SkippableFact]
    public async Task Contradictions_each_way_answer_in_the_asked_order_like_one_call_per_direction()
    {
        var store = await StoreAsync(LinkedClaimsGraph());
        ContradictionDirection[] directions = [ContradictionDirection.OwnEarlier, ContradictionDirection.Any, ContradictionDirection.OwnLater, ContradictionDirection.OwnEarlier];

        foreach (var limit in new[] { 0, 1, 3, 100 })
        {
            var together = await store.GetContradictionsEachWayAsync(["z", "x", "m", "nobody"], directions, limit);

            Assert.Equal(directions.Length, together.Count);
            for (var i = 0; i < directions.Length; i++)
                Assert.Equal(await store.GetContradictionsAsync(["z", "x", "m", "nobody"], directions[i], limit), together[i]);
        }

        Assert.Empty(await store.GetContradictionsEachWayAsync(["x"], [], 5));
    }

    [SkippableFact]
    public async Task A_linked_claim_with_hundreds_of_candidates_is_cut_in_order_each_way()
    {
        // x1 (10 May) asserts c, which nobody denies; d contradicts c and 300 actors assert it, the even ones
        // before x1 (1 May), the odd ones after (20 May): more than a store would sort at once.
        var seed = new List<object> { A.Source("s"), A.Claim("c"), A.Claim("d"), A.Link("d", "c"), A.Actor("x") };
        seed.Add(A.Statement("x1").By("x").On("c").In("s").Asserts().StatedOn(2024, 5, 10));
        for (var i = 0; i < 300; i++)
        {
            var actor = $"v{i:D3}";
            seed.Add(A.Actor(actor));
            seed.Add(A.Statement(actor + "-1").By(actor).On("d").In("s").Asserts().StatedOn(2024, 5, i % 2 == 0 ? 1 : 20));
        }

        var store = await StoreAsync(seed);
        var each = await store.GetContradictionsEachWayAsync(["x"], [ContradictionDirection.Any, ContradictionDirection.OwnLater, ContradictionDirection.OwnEarlier], 3);

        Assert.Equal([("x1", "v000-1", true), ("x1", "v001-1", true), ("x1", "v002-1", true)], Listed(each[0]));
        Assert.Equal([("x1", "v000-1", true), ("x1", "v002-1", true), ("x1", "v004-1", true)], Listed(each[1]));
        Assert.Equal([("x1", "v001-1", true), ("x1", "v003-1", true), ("x1", "v005-1", true)], Listed(each[2]));
        Assert.Equal(Listed(each[2]), Listed(await store.GetContradictionsAsync(["x"], ContradictionDirection.OwnEarlier, 3)));
        Assert.Equal(300, (await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 1000)).Count);
    }
}
