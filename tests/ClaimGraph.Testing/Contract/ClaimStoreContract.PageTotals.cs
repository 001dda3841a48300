using ClaimGraph.Core.Store;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    [SkippableFact]
    public async Task A_page_asked_without_its_total_is_the_same_page_with_the_total_unknown_or_right()
    {
        var store = await StoreAsync(ActorsToSort());

        var counted = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(4));
        var uncounted = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(4, CountTotal: false));
        var next = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(4, uncounted.Items[^1].Cursor, CountTotal: false));

        Assert.Equal(Ids(counted.Items.Select(i => i.Node)), Ids(uncounted.Items.Select(i => i.Node)));
        Assert.Equal(counted.Items.Select(i => i.Cursor), uncounted.Items.Select(i => i.Cursor));
        Assert.Equal((true, false), (uncounted.HasNextPage, uncounted.HasPreviousPage));
        Assert.Contains(uncounted.TotalCount, new[] { -1, 6 });
        Assert.Equal((2, false, true), (next.Items.Count, next.HasNextPage, next.HasPreviousPage));
    }

    [SkippableFact]
    public async Task Contested_claims_and_statements_page_without_their_total_too()
    {
        var store = await StoreAsync(CrowdedClaimGraph());

        var contested = await store.QueryContestedClaimsAsync(new PageRequest(5, CountTotal: false));
        var statements = await store.QueryStatementsAsync(new StatementQuery(ActorId: "x"), new PageRequest(1, CountTotal: false));

        Assert.Equal("c", Assert.Single(contested.Items).Node.ClaimId);
        Assert.Contains(contested.TotalCount, new[] { -1, 1 });
        Assert.Equal(("x1", true), (Assert.Single(statements.Items).Node.Id, statements.HasNextPage));
        Assert.Contains(statements.TotalCount, new[] { -1, 2 });
    }
}
