using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    private static readonly int[] PageSizes = [1, 2, 4, 6, 50];

    // Written in this order, so insertion order is a3 a1 a5 a2 a6 a4.
    private static object[] ActorsToSort() =>
    [
        A.Actor("a3").Named("Charlie"),
        A.Actor("a1").Named("bravo"),
        A.Actor("a5").Named("Alpha"),
        A.Actor("a2").Named("Écho"),
        A.Actor("a6").Named("alpha"),
        A.Actor("a4").Named("delta"),
    ];

    [SkippableTheory]
    [InlineData(SortOrder.Default, new[] { "a1", "a2", "a3", "a4", "a5", "a6" })]
    [InlineData(SortOrder.NameAscending, new[] { "a5", "a6", "a1", "a3", "a4", "a2" })]
    [InlineData(SortOrder.NameDescending, new[] { "a2", "a4", "a3", "a1", "a5", "a6" })]
    [InlineData(SortOrder.OldestFirst, new[] { "a3", "a1", "a5", "a2", "a6", "a4" })]
    [InlineData(SortOrder.NewestFirst, new[] { "a4", "a6", "a2", "a5", "a1", "a3" })]
    public async Task Actor_pages_follow_each_sort_order_through_every_page(SortOrder order, string[] expected)
    {
        // Names compare folded (case and accents ignored); equal names fall back to id ascending.
        var store = await StoreAsync(ActorsToSort());

        foreach (var size in PageSizes)
            Assert.Equal(expected, Ids(await WalkAsync(p => store.QueryActorsAsync(new ActorQuery(), p), size, order)));
    }

    [SkippableTheory]
    [InlineData(SortOrder.Default, new[] { "c1", "c2", "c3" })]
    [InlineData(SortOrder.NameAscending, new[] { "c2", "c3", "c1" })]
    [InlineData(SortOrder.NameDescending, new[] { "c1", "c3", "c2" })]
    [InlineData(SortOrder.OldestFirst, new[] { "c3", "c1", "c2" })]
    [InlineData(SortOrder.NewestFirst, new[] { "c2", "c1", "c3" })]
    public async Task Claim_pages_sort_by_text(SortOrder order, string[] expected)
    {
        var store = await StoreAsync(A.Claim("c3").Saying("banana"), A.Claim("c1").Saying("Cherry"), A.Claim("c2").Saying("Apple"));

        foreach (var size in PageSizes)
            Assert.Equal(expected, Ids(await WalkAsync(p => store.QueryClaimsAsync(new ClaimQuery(), p), size, order)));
    }

    [SkippableTheory]
    [InlineData(SortOrder.Default, new[] { "s1", "s2", "s3", "s4", "s5" })]
    [InlineData(SortOrder.NameAscending, new[] { "s5", "s4", "s3", "s2", "s1" })]
    [InlineData(SortOrder.NameDescending, new[] { "s1", "s2", "s3", "s4", "s5" })]
    [InlineData(SortOrder.NewestFirst, new[] { "s3", "s4", "s1", "s2", "s5" })]
    [InlineData(SortOrder.OldestFirst, new[] { "s1", "s4", "s3", "s2", "s5" })]
    public async Task Source_pages_sort_by_title_or_publication_time_with_undated_sources_last(SortOrder order, string[] expected)
    {
        var store = await StoreAsync(
            A.Source("s1").Titled("Echo").PublishedOn(2017, 6, 1),
            A.Source("s2").Titled("delta"),
            A.Source("s3").Titled("Charlie").PublishedAt(new DateTimeOffset(2017, 6, 3, 1, 0, 0, TimeSpan.FromHours(3))),
            A.Source("s4").Titled("bravo").PublishedOn(2017, 6, 2),
            A.Source("s5").Titled("alpha"));

        foreach (var size in PageSizes)
            Assert.Equal(expected, Ids(await WalkAsync(p => store.QuerySourcesAsync(new SourceQuery(), p), size, order)));
    }

    [SkippableTheory]
    [InlineData(SortOrder.NewestFirst, new[] { "st3", "st2", "st5", "st1", "st4", "st6" })]
    [InlineData(SortOrder.OldestFirst, new[] { "st1", "st5", "st2", "st3", "st4", "st6" })]
    [InlineData(SortOrder.Default, new[] { "st1", "st2", "st3", "st4", "st5", "st6" })]
    public async Task Statement_pages_sort_by_statement_time_falling_back_to_the_source_with_undated_last(SortOrder order, string[] expected)
    {
        var store = await StoreAsync(
            A.Actor("actor"), A.Claim("claim"),
            A.Source("dated").PublishedOn(2017, 6, 10), A.Source("undated"),
            A.Statement("st1").In("undated").StatedOn(2017, 6, 1),
            A.Statement("st2").In("dated"),
            A.Statement("st3").In("dated").StatedOn(2017, 6, 20),
            A.Statement("st4").In("undated"),
            A.Statement("st5").In("dated").StatedOn(2017, 6, 5),
            A.Statement("st6").In("undated"));

        foreach (var size in PageSizes)
            Assert.Equal(expected, Ids(await WalkAsync(p => store.QueryStatementsAsync(new StatementQuery(), p), size, order)));
    }

    [SkippableFact]
    public async Task Statement_time_follows_its_source_written_later_in_the_same_write_or_re_dated_afterwards()
    {
        var store = await StoreAsync(
            A.Actor("actor"), A.Claim("claim"),
            A.Statement("early").In("first"), A.Statement("late").In("second"), A.Statement("own-time").In("second").StatedOn(2017, 6, 5),
            A.Source("first").PublishedOn(2017, 6, 1), A.Source("second").PublishedOn(2017, 6, 9));

        Assert.Equal(["late", "own-time", "early"],
            Ids(await WalkAsync(p => store.QueryStatementsAsync(new StatementQuery(), p), 2, SortOrder.NewestFirst)));

        await store.SeedAsync(A.Source("first").PublishedOn(2017, 6, 30));

        Assert.Equal(["early", "late", "own-time"],
            Ids(await WalkAsync(p => store.QueryStatementsAsync(new StatementQuery(), p), 2, SortOrder.NewestFirst)));
        Assert.Equal(["early"], Ids(await WalkAsync(
            p => store.QueryStatementsAsync(new StatementQuery(From: new DateTimeOffset(2017, 6, 20, 0, 0, 0, TimeSpan.Zero)), p), 2)));
    }

    [SkippableFact]
    public async Task Every_sort_order_returns_every_statement_exactly_once()
    {
        var store = await StoreAsync([.. BasicGraph.Nodes(), .. Enumerable.Range(0, 7).Select(i => A.Statement($"st{i}"))]);

        foreach (var order in Enum.GetValues<SortOrder>())
        {
            var all = Ids(await WalkAsync(p => store.QueryStatementsAsync(new StatementQuery(), p), 3, order));
            Assert.Equal(Enumerable.Range(0, 7).Select(i => $"st{i}"), all.Order(StringComparer.Ordinal));
        }
    }

    [SkippableFact]
    public async Task Updating_a_record_keeps_its_place_in_insertion_order()
    {
        var store = await StoreAsync(ActorsToSort());

        await store.SeedAsync(A.Actor("a3").Named("Renamed"));

        var oldest = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(1, null, SortOrder.OldestFirst));
        Assert.Equal("a3", oldest.Items.Single().Node.Id);
    }

    [SkippableFact]
    public async Task A_page_reports_the_total_of_the_whole_filtered_set_and_whether_more_follow()
    {
        var store = await StoreAsync(ActorsToSort());

        var first = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(4));
        var second = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(4, first.Items[^1].Cursor));

        Assert.Equal((6, 4, true, false), (first.TotalCount, first.Items.Count, first.HasNextPage, first.HasPreviousPage));
        Assert.Equal((6, 2, false, true), (second.TotalCount, second.Items.Count, second.HasNextPage, second.HasPreviousPage));
    }

    [SkippableFact]
    public async Task A_page_of_zero_items_still_counts()
    {
        var store = await StoreAsync(ActorsToSort());

        var page = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(0));

        Assert.Empty(page.Items);
        Assert.Equal(6, page.TotalCount);
        Assert.True(page.HasNextPage);
    }

    [SkippableFact]
    public async Task An_empty_result_is_an_empty_last_page()
    {
        var store = await StoreAsync();

        var page = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(10));

        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    [SkippableFact]
    public async Task Paging_resumes_after_a_cursor_whose_row_was_deleted()
    {
        var store = await StoreAsync(ActorsToSort());
        var first = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(2, null, SortOrder.NameAscending));
        await store.WriteAsync(w => w.DeleteAsync(NodeKind.Actor, first.Items[^1].Node.Id));

        var next = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(2, first.Items[^1].Cursor, SortOrder.NameAscending));

        Assert.Equal(["a1", "a3"], Ids(next.Items.Select(i => i.Node)));
    }

    [SkippableFact]
    public async Task Every_item_carries_a_cursor_that_resumes_right_after_it()
    {
        var store = await StoreAsync(ActorsToSort());
        var all = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(6, null, SortOrder.NewestFirst));

        var afterThird = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(6, all.Items[2].Cursor, SortOrder.NewestFirst));

        Assert.Equal(Ids(all.Items.Skip(3).Select(i => i.Node)), Ids(afterThird.Items.Select(i => i.Node)));
    }

    [SkippableTheory]
    [InlineData("not a cursor")]
    [InlineData("eyJ4IjoxfQ")]
    [InlineData("%%%")]
    [InlineData("AAAA")]
    public async Task A_malformed_cursor_is_a_validation_error_on_after(string cursor)
    {
        var store = await StoreAsync(ActorsToSort());

        var error = await Assert.ThrowsAsync<ClaimGraphException>(
            () => store.QueryActorsAsync(new ActorQuery(), new PageRequest(2, cursor)));

        Assert.Equal(ErrorCode.Validation, error.Code);
        Assert.Equal("after", error.Field);
    }

    [SkippableFact]
    public async Task A_cursor_from_another_sort_order_is_a_validation_error()
    {
        var store = await StoreAsync(ActorsToSort());
        var page = await store.QueryActorsAsync(new ActorQuery(), new PageRequest(2, null, SortOrder.NameAscending));

        var error = await Assert.ThrowsAsync<ClaimGraphException>(
            () => store.QueryActorsAsync(new ActorQuery(), new PageRequest(2, page.Items[^1].Cursor, SortOrder.NewestFirst)));

        Assert.Equal(ErrorCode.Validation, error.Code);
        Assert.Equal("after", error.Field);
    }

    [SkippableFact]
    public async Task Malformed_cursors_are_refused_by_every_paged_query()
    {
        var store = await StoreAsync();
        var bad = new PageRequest(2, "garbage");

        await Assert.ThrowsAsync<ClaimGraphException>(() => store.QueryClaimsAsync(new ClaimQuery(), bad));
        await Assert.ThrowsAsync<ClaimGraphException>(() => store.QuerySourcesAsync(new SourceQuery(), bad));
        await Assert.ThrowsAsync<ClaimGraphException>(() => store.QueryStatementsAsync(new StatementQuery(), bad));
        await Assert.ThrowsAsync<ClaimGraphException>(() => store.QueryContestedClaimsAsync(bad));
    }
}
