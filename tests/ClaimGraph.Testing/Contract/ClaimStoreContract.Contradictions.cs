using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    private static object[] NegotiationsGraph() =>
    [
        A.Source("article"), A.Claim("negotiations"),
        A.Actor("sdf"), A.Actor("coalition"), A.Actor("isis"), A.Actor("officers"),
        A.Statement("sdf-denies").By("sdf").On("negotiations").In("article").Denies(),
        A.Statement("coalition-confirms").By("coalition").On("negotiations").In("article").Confirms(),
        A.Statement("isis-asserts").By("isis").On("negotiations").In("article").Asserts(),
        A.Statement("officers-demand").By("officers").On("negotiations").In("article").Demands(),
    ];

    private static IEnumerable<(string Own, string Other, bool ViaLink)> Pairs(IEnumerable<Contradiction> contradictions) =>
        contradictions.Select(c => (c.Own.Id, c.Other.Id, c.ViaLink)).Order();

    [SkippableFact]
    public async Task Opposite_stances_on_the_same_claim_contradict()
    {
        var store = await StoreAsync(NegotiationsGraph());

        var found = await store.GetContradictionsAsync(["sdf"], ContradictionDirection.Any, 100);

        Assert.Equal([("sdf-denies", "coalition-confirms", false), ("sdf-denies", "isis-asserts", false)], Pairs(found));
        var first = found.Single(c => c.Other.Id == "coalition-confirms");
        Assert.Equal("sdf", first.Own.ActorId);
        Assert.Equal(Stance.Confirms, first.Other.Stance);
    }

    [SkippableFact]
    public async Task Contradictions_are_found_for_each_actor_asked_about()
    {
        var store = await StoreAsync(NegotiationsGraph());

        var found = await store.GetContradictionsAsync(["coalition", "isis"], ContradictionDirection.Any, 100);

        Assert.Equal([("coalition-confirms", "sdf-denies", false), ("isis-asserts", "sdf-denies", false)], Pairs(found));
    }

    [SkippableFact]
    public async Task Agreeing_stances_do_not_contradict()
    {
        var store = await StoreAsync(NegotiationsGraph());

        var found = await store.GetContradictionsAsync(["coalition"], ContradictionDirection.Any, 100);

        Assert.DoesNotContain(found, c => c.Other.Id == "isis-asserts");
    }

    [SkippableFact]
    public async Task Demands_never_contradict()
    {
        var store = await StoreAsync([.. NegotiationsGraph(), A.Claim("other"), A.Link("negotiations", "other"),
            A.Statement("officers-demand-other").By("officers").On("other").In("article").Demands()]);

        Assert.Empty(await store.GetContradictionsAsync(["officers"], ContradictionDirection.Any, 100));
        var all = await store.GetContradictionsAsync(["sdf", "coalition", "isis"], ContradictionDirection.Any, 100);
        Assert.DoesNotContain(all, c => c.Other.Stance == Stance.Demands || c.Own.Stance == Stance.Demands);
    }

    [SkippableFact]
    public async Task An_actor_does_not_contradict_itself()
    {
        var store = await StoreAsync([.. NegotiationsGraph(),
            A.Statement("sdf-asserts-later").By("sdf").On("negotiations").In("article").Asserts()]);

        var found = await store.GetContradictionsAsync(["sdf"], ContradictionDirection.Any, 100);

        // sdf-asserts-later is opposed only by sdf's own denial, which does not count.
        Assert.Equal([("sdf-denies", "coalition-confirms", false), ("sdf-denies", "isis-asserts", false)], Pairs(found));
    }

    [SkippableFact]
    public async Task Same_polarity_on_claims_linked_as_contradicting_contradicts_in_either_direction()
    {
        var store = await StoreAsync(
            A.Source("s"), A.Claim("withdrawal-agreed"), A.Claim("fight-to-the-end"),
            A.Link("withdrawal-agreed", "fight-to-the-end"),
            A.Actor("x"), A.Actor("y"), A.Actor("z"), A.Actor("w"),
            A.Statement("x-asserts-a").By("x").On("withdrawal-agreed").In("s").Asserts(),
            A.Statement("y-confirms-b").By("y").On("fight-to-the-end").In("s").Confirms(),
            A.Statement("z-denies-b").By("z").On("fight-to-the-end").In("s").Denies(),
            A.Statement("w-denies-a").By("w").On("withdrawal-agreed").In("s").Denies());

        var forX = await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 100);
        var forY = await store.GetContradictionsAsync(["y"], ContradictionDirection.Any, 100);
        var forZ = await store.GetContradictionsAsync(["z"], ContradictionDirection.Any, 100);

        Assert.Equal([("x-asserts-a", "w-denies-a", false), ("x-asserts-a", "y-confirms-b", true)], Pairs(forX));
        Assert.Equal([("y-confirms-b", "x-asserts-a", true), ("y-confirms-b", "z-denies-b", false)], Pairs(forY));
        Assert.Equal([("z-denies-b", "w-denies-a", true), ("z-denies-b", "y-confirms-b", false)], Pairs(forZ));
    }

    [SkippableFact]
    public async Task Supports_links_are_not_followed()
    {
        var store = await StoreAsync(
            A.Source("s"), A.Claim("c"), A.Claim("d"), A.Link("c", "d", ClaimLinkKind.Supports),
            A.Actor("p"), A.Actor("q"), A.Actor("r"),
            A.Statement("p-asserts-c").By("p").On("c").In("s"),
            A.Statement("q-asserts-d").By("q").On("d").In("s"),
            A.Statement("r-denies-d").By("r").On("d").In("s").Denies());

        Assert.Empty(await store.GetContradictionsAsync(["p"], ContradictionDirection.Any, 100));
    }

    [SkippableFact]
    public async Task Via_link_the_same_actor_is_still_excluded()
    {
        var store = await StoreAsync(
            A.Source("s"), A.Claim("a"), A.Claim("b"), A.Link("b", "a"), A.Actor("x"),
            A.Statement("x-a").By("x").On("a").In("s"), A.Statement("x-b").By("x").On("b").In("s"));

        Assert.Empty(await store.GetContradictionsAsync(["x"], ContradictionDirection.Any, 100));
    }

    [SkippableFact]
    public async Task Actors_without_statements_have_no_contradictions()
    {
        var store = await StoreAsync([.. NegotiationsGraph(), A.Actor("silent")]);

        Assert.Empty(await store.GetContradictionsAsync(["silent", "nobody"], ContradictionDirection.Any, 100));
    }
}
