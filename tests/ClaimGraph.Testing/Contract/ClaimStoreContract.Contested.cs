using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    private static IEnumerable<object> Sides(string claimId, int supporting, int denying, string prefix = "")
    {
        yield return A.Claim(claimId);
        for (var i = 0; i < supporting; i++)
            yield return A.Statement($"{claimId}-for-{i}{prefix}").By($"actor-{i}").On(claimId).In("source").Asserts();
        for (var i = 0; i < denying; i++)
            yield return A.Statement($"{claimId}-against-{i}{prefix}").By($"actor-{10 + i}").On(claimId).In("source").Denies();
    }

    private static object[] ContestedGraph() =>
    [
        A.Source("source"), .. Enumerable.Range(0, 20).Select(i => A.Actor($"actor-{i}")),
        .. Sides("c1", 3, 3), .. Sides("c2", 4, 1), .. Sides("c3", 1, 1), .. Sides("c4", 2, 2), .. Sides("c7", 1, 1),
        .. Sides("c5", 2, 0), .. Sides("c6", 0, 3),
        // Repeats by the same actors count once per side; confirming counts as holding true.
        A.Statement("c7-again").By("actor-0").On("c7").In("source").Confirms(),
        A.Statement("c7-once-more").By("actor-0").On("c7").In("source").Asserts(),
        A.Statement("c4-again").By("actor-10").On("c4").In("source").Denies(),
        // Demands have no polarity: c5 stays uncontested.
        A.Statement("c5-demand").By("actor-15").On("c5").In("source").Demands(),
    ];

    [SkippableFact]
    public async Task Contested_claims_rank_by_smaller_side_then_total_then_id()
    {
        var store = await StoreAsync(ContestedGraph());

        var page = await store.QueryContestedClaimsAsync(new PageRequest(10));

        Assert.Equal(
            [new("c1", 3, 3), new("c4", 2, 2), new("c2", 4, 1), new("c3", 1, 1), new ContestedClaim("c7", 1, 1)],
            page.Items.Select(i => i.Node));
        Assert.Equal(5, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    [SkippableFact]
    public async Task Contested_claims_page_through_with_cursors()
    {
        var store = await StoreAsync(ContestedGraph());

        foreach (var size in PageSizes)
        {
            var all = await WalkAsync(p => store.QueryContestedClaimsAsync(p), size);
            Assert.Equal(["c1", "c4", "c2", "c3", "c7"], all.Select(c => c.ClaimId));
        }
    }

    [SkippableFact]
    public async Task Links_do_not_make_a_claim_contested()
    {
        var store = await StoreAsync([A.Source("source"), A.Actor("actor-0"), A.Actor("actor-10"), .. Sides("a", 1, 0), .. Sides("b", 0, 1), A.Link("a", "b")]);

        var page = await store.QueryContestedClaimsAsync(new PageRequest(10));

        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalCount);
    }

    [SkippableFact]
    public async Task A_claim_stops_being_contested_when_one_side_is_deleted()
    {
        var store = await StoreAsync(ContestedGraph());

        await store.WriteAsync(w => w.DeleteAsync(NodeKind.Statement, "c3-against-0"));

        var all = await WalkAsync(p => store.QueryContestedClaimsAsync(p), 10);
        Assert.DoesNotContain(all, c => c.ClaimId == "c3");
    }
}
