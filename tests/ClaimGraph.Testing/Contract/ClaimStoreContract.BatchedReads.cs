using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    [SkippableFact]
    public async Task Batched_gets_return_only_the_ids_that_exist()
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(), A.Statement("st")]);

        Assert.Equal(["actor"], Ids(await store.GetActorsAsync(["actor", "missing", "claim"])));
        Assert.Equal(["claim"], Ids(await store.GetClaimsAsync(["missing", "claim", "actor"])));
        Assert.Equal(["source"], Ids(await store.GetSourcesAsync(["source", "missing"])));
        Assert.Equal(["st"], Ids(await store.GetStatementsAsync(["st", "missing"])));
    }

    [SkippableFact]
    public async Task Batched_gets_with_no_ids_return_nothing()
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(), A.Statement("st"), A.Claim("other"), A.Link("claim", "other")]);

        Assert.Empty(await store.GetActorsAsync([]));
        Assert.Empty(await store.GetClaimsAsync([]));
        Assert.Empty(await store.GetSourcesAsync([]));
        Assert.Empty(await store.GetStatementsAsync([]));
        Assert.Empty(await store.GetStatementsByAsync(StatementEdge.Actor, []));
        Assert.Empty(await store.GetClaimLinksAsync([]));
        Assert.Empty(await store.GetAffiliatesAsync([]));
        Assert.Empty(await store.GetContradictionsAsync([], ContradictionDirection.Any, 100));
    }

    [SkippableFact]
    public async Task Batched_gets_return_each_record_once_when_an_id_repeats()
    {
        var store = await StoreAsync(A.Actor("a"));

        Assert.Equal(["a"], Ids(await store.GetActorsAsync(["a", "a", "a"])));
    }

    [SkippableFact]
    public async Task Batched_gets_take_two_thousand_ids_at_once()
    {
        var actors = Enumerable.Range(0, 2000).Select(i => A.Actor($"actor-{i:D4}").Named($"Actor {i}").Build()).ToList();
        var store = await StoreAsync(actors);
        var wanted = actors.Select(a => a.Id).Where((_, i) => i % 2 == 0).Concat(Enumerable.Range(0, 1000).Select(i => $"ghost-{i}")).ToList();

        var loaded = await store.GetActorsAsync(wanted);

        Assert.Equal(1000, loaded.Count);
        Assert.Equal(actors.Where((_, i) => i % 2 == 0).Select(a => a.Id).Order(StringComparer.Ordinal), loaded.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Empty(await store.GetStatementsByAsync(StatementEdge.Actor, actors.Select(a => a.Id).ToList()));
        Assert.Empty(await store.GetAffiliatesAsync(actors.Select(a => a.Id).ToList()));
    }

    [SkippableTheory]
    [InlineData(StatementEdge.Actor, "speaker")]
    [InlineData(StatementEdge.Claim, "proposition")]
    [InlineData(StatementEdge.Source, "article")]
    [InlineData(StatementEdge.RelayedThrough, "carrier")]
    [InlineData(StatementEdge.RelayedBy, "outlet")]
    [InlineData(StatementEdge.OriginSource, "official")]
    public async Task Statements_load_by_every_edge(StatementEdge edge, string key)
    {
        var store = await StoreAsync([
            .. BasicGraph.Nodes(), A.Actor("speaker"), A.Actor("outlet"), A.Claim("proposition"), A.Source("article"), A.Source("official"),
            A.Statement("carrier"),
            A.Statement("target").By("speaker").On("proposition").In("article").RelayedThrough("carrier").RelayedBy("outlet").OriginallyIn("official"),
            A.Statement("unrelated"),
        ]);

        var loaded = await store.GetStatementsByAsync(edge, [key, "nothing-points-here"]);

        Assert.Equal(["target"], Ids(loaded));
    }

    [SkippableFact]
    public async Task Statements_by_edge_answer_for_many_keys_at_once()
    {
        var store = await StoreAsync([
            .. BasicGraph.Nodes(), A.Actor("b"), A.Actor("c"),
            A.Statement("s1"), A.Statement("s2").By("b"), A.Statement("s3").By("c"), A.Statement("s4").By("b"),
        ]);

        var loaded = await store.GetStatementsByAsync(StatementEdge.Actor, ["b", "c"]);

        Assert.Equal(["s2", "s3", "s4"], Ids(loaded).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Claim_links_are_found_from_either_end()
    {
        var store = await StoreAsync(A.Claim("a"), A.Claim("b"), A.Claim("c"), A.Claim("d"),
            A.Link("a", "b", note: "cannot both hold"), A.Link("c", "a", ClaimLinkKind.Supports), A.Link("c", "d"));

        var fromA = await store.GetClaimLinksAsync(["a"]);
        var fromB = await store.GetClaimLinksAsync(["b"]);
        var fromBandD = await store.GetClaimLinksAsync(["b", "d"]);

        Assert.Equal(2, fromA.Count);
        Assert.Contains(A.Link("a", "b", ClaimLinkKind.Contradicts, "cannot both hold"), fromA);
        Assert.Contains(A.Link("c", "a", ClaimLinkKind.Supports), fromA);
        Assert.Equal([A.Link("a", "b", ClaimLinkKind.Contradicts, "cannot both hold")], fromB);
        Assert.Equal(2, fromBandD.Count);
    }

    [SkippableFact]
    public async Task Links_of_different_kinds_between_the_same_claims_are_distinct()
    {
        var store = await StoreAsync(A.Claim("a"), A.Claim("b"), A.Link("a", "b"), A.Link("a", "b", ClaimLinkKind.Supports));

        Assert.Equal(2, (await store.GetClaimLinksAsync(["b"])).Count);
    }

    [SkippableFact]
    public async Task Affiliates_are_the_actors_affiliated_with_the_given_ones()
    {
        var store = await StoreAsync(A.Actor("coalition"), A.Actor("sdf"), A.Actor("spokesman").AffiliatedWith("coalition"),
            A.Actor("commander").AffiliatedWith("sdf"), A.Actor("officer").AffiliatedWith("coalition"), A.Actor("loner"));

        Assert.Equal(["officer", "spokesman"], Ids(await store.GetAffiliatesAsync(["coalition"])).Order(StringComparer.Ordinal));
        Assert.Equal(["commander", "officer", "spokesman"], Ids(await store.GetAffiliatesAsync(["coalition", "sdf"])).Order(StringComparer.Ordinal));
        Assert.Empty(await store.GetAffiliatesAsync(["loner"]));
    }

    [SkippableFact]
    public async Task Writer_finds_the_anonymous_sources_scoped_to_a_source()
    {
        var store = await StoreAsync(A.Source("article"), A.Source("other"), A.Actor("informed").ScopedTo("article"),
            A.Actor("some").ScopedTo("article"), A.Actor("elsewhere").ScopedTo("other"), A.Actor("named"));

        var scoped = await store.WriteAsync(w => w.GetScopedActorsAsync("article"));

        Assert.Equal(["informed", "some"], Ids(scoped).Order(StringComparer.Ordinal));
    }
}
