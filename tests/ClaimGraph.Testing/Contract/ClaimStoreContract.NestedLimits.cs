using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    /// <summary>Claim c: x asserts it three times, y denies it twice, z asserts once; claim e: y confirms.</summary>
    private static object[] BusyClaimGraph() =>
    [
        A.Source("s"), A.Claim("c"), A.Claim("e"), A.Actor("x"), A.Actor("y"), A.Actor("z"),
        A.Statement("c05").By("x").On("c").In("s").Asserts(),
        A.Statement("c01").By("y").On("c").In("s").Denies(),
        A.Statement("c03").By("x").On("c").In("s").Asserts(),
        A.Statement("c02").By("x").On("c").In("s").Asserts(),
        A.Statement("c04").By("y").On("c").In("s").Denies(),
        A.Statement("c06").By("z").On("c").In("s").Asserts(),
        A.Statement("e01").By("y").On("e").In("s").Confirms(),
    ];

    [SkippableFact]
    public async Task First_statements_by_key_keep_the_lowest_ids_per_key()
    {
        var store = await StoreAsync(BusyClaimGraph());

        var firstTwo = await store.GetFirstStatementsByAsync(StatementEdge.Claim, ["c", "e", "nothing"], null, 2);
        var byActor = await store.GetFirstStatementsByAsync(StatementEdge.Actor, ["x", "y"], null, 1);

        Assert.Equal(["c01", "c02", "e01"], firstTwo.Select(s => s.Id));
        Assert.Equal(["c01", "c02"], byActor.Select(s => s.Id));
        Assert.Empty(await store.GetFirstStatementsByAsync(StatementEdge.Claim, ["c"], null, 0));
    }

    [SkippableFact]
    public async Task First_statements_by_key_filter_stances_before_the_limit()
    {
        var store = await StoreAsync(BusyClaimGraph());

        var asserted = await store.GetFirstStatementsByAsync(StatementEdge.Claim, ["c"], [Stance.Asserts], 3);
        var denied = await store.GetFirstStatementsByAsync(StatementEdge.Actor, ["y"], [Stance.Denies, Stance.Demands], 10);

        Assert.Equal(["c02", "c03", "c05"], asserted.Select(s => s.Id));
        Assert.Equal(["c01", "c04"], denied.Select(s => s.Id));
    }

    [SkippableFact]
    public async Task First_statements_by_key_and_stance_limit_each_stance_on_its_own()
    {
        var store = await StoreAsync(BusyClaimGraph());

        // Two per claim and stance: x's three assertions must not crowd out y's denials, nor c's statements e's.
        var firstTwo = await store.GetFirstStatementsByStanceAsync(
            StatementEdge.Claim, ["c", "e", "c", "nothing"], [Stance.Asserts, Stance.Denies, Stance.Confirms, Stance.Asserts], 2);
        var byActor = await store.GetFirstStatementsByStanceAsync(StatementEdge.Actor, ["y"], [Stance.Confirms, Stance.Demands], 5);

        Assert.Equal(["c01", "c02", "c03", "c04", "e01"], firstTwo.Select(s => s.Id));
        Assert.Equal(["e01"], byActor.Select(s => s.Id));
        Assert.Empty(await store.GetFirstStatementsByStanceAsync(StatementEdge.Claim, ["c"], [Stance.Asserts], 0));
        Assert.Empty(await store.GetFirstStatementsByStanceAsync(StatementEdge.Claim, ["c"], [], 5));
    }

    [SkippableFact]
    public async Task Claim_stance_actors_count_every_statement_in_order_of_first_appearance()
    {
        var store = await StoreAsync(BusyClaimGraph());

        var found = await store.GetClaimStanceActorsAsync(["c", "e", "nothing"]);

        Assert.Equal(
            [new ClaimStanceActor("c", Stance.Denies, "y", 2, "c01"), new ClaimStanceActor("c", Stance.Asserts, "x", 3, "c02"),
             new ClaimStanceActor("c", Stance.Asserts, "z", 1, "c06"), new ClaimStanceActor("e", Stance.Confirms, "y", 1, "e01")],
            found);
        Assert.Empty(await store.GetClaimStanceActorsAsync([]));
    }
}
