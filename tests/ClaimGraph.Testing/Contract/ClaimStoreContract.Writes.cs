using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    [SkippableFact]
    public async Task WriteAsync_returns_what_the_work_returns()
    {
        var store = await StoreAsync();

        var result = await store.WriteAsync(async w =>
        {
            await w.UpsertActorAsync(A.Actor("a").Build());
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Single(await store.GetActorsAsync(["a"]));
    }

    [SkippableFact]
    public async Task An_exception_inside_a_write_leaves_the_store_unchanged()
    {
        var store = await StoreAsync(A.Actor("kept").Named("Original").AlsoKnownAs("Alias"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WriteAsync<bool>(async w =>
        {
            await w.UpsertActorAsync(A.Actor("kept").Named("Changed").Build());
            await w.UpsertActorAsync(A.Actor("new").Build());
            await w.UpsertClaimAsync(A.Claim("claim").Build());
            await w.UpsertSourceAsync(A.Source("source").Build());
            await w.UpsertStatementAsync(A.Statement("st").By("new").Build());
            throw new InvalidOperationException("boom");
        }));

        Assert.Equal(new GraphCounts(1, 0, 0, 0, 0), await store.CountAsync());
        RecordAssert.Equal(A.Actor("kept").Named("Original").AlsoKnownAs("Alias").Build(), Assert.Single(await store.GetActorsAsync(["kept"])));
        Assert.Empty(await store.SearchAsync("changed", [NodeKind.Actor], 10));
        Assert.Single(await store.SearchAsync("original", [NodeKind.Actor], 10));
    }

    [SkippableFact]
    public async Task A_dangling_reference_fails_at_commit_and_writes_nothing()
    {
        var store = await StoreAsync();

        var error = await Assert.ThrowsAsync<StoreConstraintException>(() => store.SeedAsync(
            A.Claim("claim"), A.Source("source"), A.Statement("st").By("ghost")));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(new GraphCounts(0, 0, 0, 0, 0), await store.CountAsync());
        Assert.Empty(await store.SearchAsync("claim", AllKinds, 10));
    }

    [SkippableTheory]
    [InlineData("affiliation")]
    [InlineData("scope")]
    [InlineData("publisher")]
    [InlineData("author")]
    [InlineData("citation")]
    [InlineData("relayed-through")]
    [InlineData("relayed-by")]
    [InlineData("origin")]
    [InlineData("link")]
    public async Task Every_reference_is_checked(string reference)
    {
        var store = await StoreAsync(BasicGraph.Nodes());
        object record = reference switch
        {
            "affiliation" => A.Actor("x").AffiliatedWith("ghost"),
            "scope" => A.Actor("x").ScopedTo("ghost"),
            "publisher" => A.Source("x").PublishedBy("ghost"),
            "author" => A.Source("x").WrittenBy("ghost"),
            "citation" => A.Source("x").Citing("ghost"),
            "relayed-through" => A.Statement("x").RelayedThrough("ghost"),
            "relayed-by" => A.Statement("x").RelayedBy("ghost"),
            "origin" => A.Statement("x").OriginallyIn("ghost"),
            _ => A.Link("claim", "ghost"),
        };

        await Assert.ThrowsAsync<StoreConstraintException>(() => store.SeedAsync(record));

        Assert.Equal(new GraphCounts(1, 1, 1, 0, 0), await store.CountAsync());
    }

    [SkippableFact]
    public async Task Records_may_be_written_in_any_order_within_one_write()
    {
        var store = await StoreAsync();

        await store.SeedAsync(
            A.Statement("relayed").RelayedThrough("carrier").OriginallyIn("origin"),
            A.Statement("carrier"),
            A.Link("claim", "other"),
            A.Source("source").Citing("origin").PublishedBy("outlet"),
            A.Actor("spokesman").AffiliatedWith("actor"),
            A.Actor("actor"), A.Actor("outlet"), A.Claim("claim"), A.Claim("other"), A.Source("origin"));

        Assert.Equal(new GraphCounts(3, 2, 2, 2, 1), await store.CountAsync());
    }

    [SkippableFact]
    public async Task The_writer_reads_its_own_uncommitted_writes_and_others_do_not()
    {
        var store = await StoreAsync();

        var (insideWriter, outside) = await store.WriteAsync(async w =>
        {
            await w.UpsertActorAsync(A.Actor("a").Named("Inside").Build());
            await w.UpsertClaimAsync(A.Claim("claim").Build());
            await w.UpsertSourceAsync(A.Source("source").Build());
            await w.UpsertStatementAsync(A.Statement("st").By("a").Build());
            var seen = (await w.GetActorsAsync(["a"])).Count + (await w.GetClaimsAsync(["claim"])).Count
                + (await w.GetSourcesAsync(["source"])).Count + (await w.GetStatementsAsync(["st"])).Count
                + (await w.GetStatementsByAsync(StatementEdge.Actor, ["a"])).Count;
            return (seen, (await store.GetActorsAsync(["a"])).Count);
        });

        Assert.Equal(5, insideWriter);
        Assert.Equal(0, outside);
        Assert.Single(await store.GetActorsAsync(["a"]));
    }

    [SkippableFact]
    public async Task Concurrent_writes_all_commit()
    {
        var store = await StoreAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => store.SeedAsync(A.Actor($"a{i:D2}"))));

        Assert.Equal(20, (await store.CountAsync()).Actors);
    }

    [SkippableFact]
    public async Task Reads_run_while_a_write_is_open()
    {
        var store = await StoreAsync(A.Actor("before"));
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var write = store.WriteAsync(async w =>
        {
            await w.UpsertActorAsync(A.Actor("during").Build());
            writing.SetResult();
            await release.Task;
            return true;
        });
        await writing.Task;
        var read = await store.GetActorsAsync(["before", "during"]).WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult();
        await write;

        Assert.Equal(["before"], Ids(read));
        Assert.Equal(2, (await store.CountAsync()).Actors);
    }

    [SkippableTheory]
    [InlineData(NodeKind.Actor, "lonely-actor")]
    [InlineData(NodeKind.Claim, "lonely-claim")]
    [InlineData(NodeKind.Source, "lonely-source")]
    [InlineData(NodeKind.Statement, "st")]
    public async Task Deleting_a_node_removes_it_and_reports_whether_it_existed(NodeKind kind, string id)
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(), A.Actor("lonely-actor"), A.Claim("lonely-claim"), A.Source("lonely-source"), A.Statement("st")]);

        Assert.True(await store.WriteAsync(w => w.DeleteAsync(kind, id)));
        Assert.False(await store.WriteAsync(w => w.DeleteAsync(kind, id)));

        var counts = await store.CountAsync();
        Assert.Equal(7 - 1, counts.Actors + counts.Claims + counts.Sources + counts.Statements);
    }

    [SkippableFact]
    public async Task Deleting_an_actor_takes_its_aliases_and_search_entries()
    {
        var store = await StoreAsync(A.Actor("sdf").Named("Syrian Democratic Forces").AlsoKnownAs("YPG coalition"));

        await store.WriteAsync(w => w.DeleteAsync(NodeKind.Actor, "sdf"));
        await store.SeedAsync(A.Actor("sdf").Named("SDF"));

        Assert.Empty(Assert.Single(await store.GetActorsAsync(["sdf"])).Aliases);
        Assert.Empty(await store.SearchAsync("ypg", AllKinds, 10));
    }

    [SkippableFact]
    public async Task Deleting_a_claim_takes_its_translations_and_links()
    {
        var store = await StoreAsync(A.Claim("a").Saying("Alpha").TranslatedTo("ar", "ألفا"), A.Claim("b"), A.Claim("c"),
            A.Link("a", "b"), A.Link("c", "a", ClaimLinkKind.Supports), A.Link("b", "c"));

        await store.WriteAsync(w => w.DeleteAsync(NodeKind.Claim, "a"));

        Assert.Equal([A.Link("b", "c")], await store.GetClaimLinksAsync(["a", "b", "c"]));
        Assert.Empty(await store.SearchAsync("ألفا", AllKinds, 10));
        await store.SeedAsync(A.Claim("a").Saying("Alpha"));
        Assert.Empty(Assert.Single(await store.GetClaimsAsync(["a"])).Translations);
    }

    [SkippableFact]
    public async Task Deleting_a_source_takes_its_own_citations_but_not_those_of_others()
    {
        var store = await StoreAsync(A.Source("citing").Citing("cited"), A.Source("cited").Citing("third"), A.Source("third"));

        await store.WriteAsync(w => w.DeleteAsync(NodeKind.Source, "citing"));
        await Assert.ThrowsAsync<StoreConstraintException>(() => store.WriteAsync(w => w.DeleteAsync(NodeKind.Source, "third")));

        Assert.Equal(["cited", "third"], Ids(await store.GetSourcesAsync(["citing", "cited", "third"])));
        Assert.Equal(["third"], Assert.Single(await store.GetSourcesAsync(["cited"])).CitedSourceIds);
    }

    [SkippableTheory]
    [InlineData(NodeKind.Actor, "actor")]
    [InlineData(NodeKind.Claim, "claim")]
    [InlineData(NodeKind.Source, "source")]
    [InlineData(NodeKind.Statement, "carrier")]
    public async Task Deleting_a_referenced_node_fails_at_commit_and_deletes_nothing(NodeKind kind, string id)
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(), A.Statement("carrier"), A.Statement("relayed").RelayedThrough("carrier")]);

        await Assert.ThrowsAsync<StoreConstraintException>(() => store.WriteAsync(w => w.DeleteAsync(kind, id)));

        Assert.Equal(new GraphCounts(1, 1, 1, 2, 0), await store.CountAsync());
    }

    [SkippableFact]
    public async Task Deleting_a_claim_link_reports_whether_it_existed()
    {
        var store = await StoreAsync(A.Claim("a"), A.Claim("b"), A.Link("a", "b"), A.Link("a", "b", ClaimLinkKind.Supports));

        Assert.False(await store.WriteAsync(w => w.DeleteClaimLinkAsync("b", "a", ClaimLinkKind.Contradicts)));
        Assert.True(await store.WriteAsync(w => w.DeleteClaimLinkAsync("a", "b", ClaimLinkKind.Contradicts)));

        Assert.Equal([A.Link("a", "b", ClaimLinkKind.Supports)], await store.GetClaimLinksAsync(["a"]));
    }

    [SkippableFact]
    public async Task Repointing_an_actor_moves_every_reference_then_deletes_it()
    {
        var store = await StoreAsync(
            A.Actor("kept").Named("Global Coalition"), A.Actor("merged").Named("التحالف", "ar").AlsoKnownAs("Coalition"),
            A.Actor("spokesman").AffiliatedWith("merged"), A.Actor("bystander"),
            A.Claim("claim"),
            A.Source("source").PublishedBy("merged").WrittenBy("merged"),
            A.Statement("said").By("merged"), A.Statement("relayed").By("bystander").RelayedBy("merged"));

        await store.WriteAsync(async w =>
        {
            await w.RepointActorAsync("merged", "kept");
            return true;
        });

        Assert.Empty(await store.GetActorsAsync(["merged"]));
        Assert.Equal("kept", Assert.Single(await store.GetActorsAsync(["spokesman"])).AffiliationId);
        var source = Assert.Single(await store.GetSourcesAsync(["source"]));
        Assert.Equal(("kept", "kept"), (source.PublisherId, source.AuthorId));
        Assert.Equal("kept", Assert.Single(await store.GetStatementsAsync(["said"])).ActorId);
        Assert.Equal("kept", Assert.Single(await store.GetStatementsAsync(["relayed"])).RelayedById);
        Assert.Empty(await store.SearchAsync("التحالف", AllKinds, 10));
        var references = await store.WriteAsync(w => w.CountReferencesAsync(NodeKind.Actor, "kept"));
        Assert.Equal(new Dictionary<string, int>
        {
            ["statements.actor"] = 1,
            ["statements.relayed_by"] = 1,
            ["sources.publisher"] = 1,
            ["sources.author"] = 1,
            ["actors.affiliation"] = 1,
        }, references);
    }

    [SkippableFact]
    public async Task Repointing_never_leaves_the_kept_actor_affiliated_with_itself()
    {
        var store = await StoreAsync(A.Actor("kept").AffiliatedWith("merged"), A.Actor("merged"));

        await store.WriteAsync(async w =>
        {
            await w.RepointActorAsync("merged", "kept");
            return true;
        });

        Assert.Null(Assert.Single(await store.GetActorsAsync(["kept"])).AffiliationId);
    }

    [SkippableFact]
    public async Task Reference_counts_name_every_kind_of_reference_and_only_non_zero_ones()
    {
        var store = await StoreAsync(
            A.Actor("actor"), A.Actor("other"), A.Actor("member").AffiliatedWith("actor"), A.Actor("anonymous").ScopedTo("source"),
            A.Claim("claim"), A.Source("source").PublishedBy("actor"), A.Source("origin").WrittenBy("actor"), A.Source("citing").Citing("source", "origin"),
            A.Statement("s1"), A.Statement("s2").By("other").RelayedBy("actor").RelayedThrough("s1"),
            A.Statement("s3").By("other").In("origin").OriginallyIn("source").RelayedThrough("s1"));

        var counts = await store.WriteAsync(async w => new
        {
            Actor = await w.CountReferencesAsync(NodeKind.Actor, "actor"),
            Other = await w.CountReferencesAsync(NodeKind.Actor, "other"),
            Member = await w.CountReferencesAsync(NodeKind.Actor, "member"),
            Claim = await w.CountReferencesAsync(NodeKind.Claim, "claim"),
            Source = await w.CountReferencesAsync(NodeKind.Source, "source"),
            Origin = await w.CountReferencesAsync(NodeKind.Source, "origin"),
            Statement = await w.CountReferencesAsync(NodeKind.Statement, "s1"),
            Unreferenced = await w.CountReferencesAsync(NodeKind.Statement, "s3"),
            Missing = await w.CountReferencesAsync(NodeKind.Claim, "missing"),
        });

        Assert.Equal(new Dictionary<string, int>
        {
            ["statements.actor"] = 1,
            ["statements.relayed_by"] = 1,
            ["sources.publisher"] = 1,
            ["sources.author"] = 1,
            ["actors.affiliation"] = 1,
        }, counts.Actor);
        Assert.Equal(new Dictionary<string, int> { ["statements.actor"] = 2 }, counts.Other);
        Assert.Empty(counts.Member);
        Assert.Equal(new Dictionary<string, int> { ["statements.claim"] = 3 }, counts.Claim);
        Assert.Equal(new Dictionary<string, int>
        {
            ["statements.source"] = 2,
            ["statements.origin_source"] = 1,
            ["actors.scope_source"] = 1,
            ["sources.cited_sources"] = 1,
        }, counts.Source);
        Assert.Equal(new Dictionary<string, int> { ["statements.source"] = 1, ["sources.cited_sources"] = 1 }, counts.Origin);
        Assert.Equal(new Dictionary<string, int> { ["statements.relayed_through"] = 2 }, counts.Statement);
        Assert.Empty(counts.Unreferenced);
        Assert.Empty(counts.Missing);
    }

    [SkippableFact]
    public async Task A_self_reference_does_not_block_deletion()
    {
        var store = await StoreAsync(A.Source("self").Citing("self"));

        var references = await store.WriteAsync(w => w.CountReferencesAsync(NodeKind.Source, "self"));
        var deleted = await store.WriteAsync(w => w.DeleteAsync(NodeKind.Source, "self"));

        Assert.Empty(references);
        Assert.True(deleted);
    }
}
