using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    // Two sources: "dated" published 2021-03-10, "undated" with no date. Statements take their own time, else the source's.
    private static object[] AggregateGraph() =>
    [
        A.Actor("a1"), A.Actor("a2"), A.Claim("c1"), A.Claim("c2"),
        A.Source("dated").PublishedOn(2021, 3, 10), A.Source("undated"),
        A.Statement("s1").By("a1").On("c1").In("dated").Asserts(),
        A.Statement("s2").By("a1").On("c1").In("undated").Asserts().StatedOn(2021, 3, 14),
        A.Statement("s3").By("a2").On("c1").In("undated").Denies().StatedOn(2021, 3, 15),
        A.Statement("s4").By("a2").On("c2").In("undated").Confirms(),
        A.Statement("s5").By("a2").On("c2").In("dated").Demands().StatedOn(2022, 1, 1),
    ];

    [SkippableFact]
    public async Task Statement_counts_group_by_each_grouping_and_stance()
    {
        var store = await StoreAsync(AggregateGraph());

        async Task<List<StatementCount>> Count(StatGrouping by, TimeBucket bucket = TimeBucket.Day, StatementQuery? filter = null) =>
            (await store.CountStatementsAsync(filter ?? new StatementQuery(), by, bucket))
                .OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Stance).ToList();

        Assert.Equal([new(null, Stance.Asserts, 2), new(null, Stance.Confirms, 1), new(null, Stance.Denies, 1), new StatementCount(null, Stance.Demands, 1)],
            await Count(StatGrouping.Stance));
        Assert.Equal([new("a1", Stance.Asserts, 2), new("a2", Stance.Confirms, 1), new("a2", Stance.Denies, 1), new StatementCount("a2", Stance.Demands, 1)],
            await Count(StatGrouping.Actor));
        Assert.Equal([new("c1", Stance.Asserts, 2), new("c1", Stance.Denies, 1), new("c2", Stance.Confirms, 1), new StatementCount("c2", Stance.Demands, 1)],
            await Count(StatGrouping.Claim));
        Assert.Equal([new("dated", Stance.Asserts, 1), new("dated", Stance.Demands, 1), new("undated", Stance.Asserts, 1), new("undated", Stance.Confirms, 1), new StatementCount("undated", Stance.Denies, 1)],
            await Count(StatGrouping.Source));
        Assert.Equal([new StatementCount("c1", Stance.Denies, 1)],
            await Count(StatGrouping.Claim, filter: new StatementQuery(Stances: [Stance.Denies])));
    }

    [SkippableFact]
    public async Task Time_buckets_use_the_statement_time_else_the_source_date_and_skip_undated()
    {
        var store = await StoreAsync(AggregateGraph());

        async Task<List<StatementCount>> Count(TimeBucket bucket) =>
            (await store.CountStatementsAsync(new StatementQuery(), StatGrouping.Time, bucket))
                .OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Stance).ToList();

        // s4 (undated, in an undated source) is left out.
        Assert.Equal(
            [new("2021-03-10", Stance.Asserts, 1), new("2021-03-14", Stance.Asserts, 1), new("2021-03-15", Stance.Denies, 1), new StatementCount("2022-01-01", Stance.Demands, 1)],
            await Count(TimeBucket.Day));
        // 2021-03-10 is a Wednesday, 14 a Sunday (same week), 15 a Monday; 2022-01-01 a Saturday.
        Assert.Equal(
            [new("2021-03-08", Stance.Asserts, 2), new("2021-03-15", Stance.Denies, 1), new StatementCount("2021-12-27", Stance.Demands, 1)],
            await Count(TimeBucket.Week));
        Assert.Equal([new("2021-03-01", Stance.Asserts, 2), new("2021-03-01", Stance.Denies, 1), new StatementCount("2022-01-01", Stance.Demands, 1)],
            await Count(TimeBucket.Month));
        Assert.Equal([new("2021-01-01", Stance.Asserts, 2), new("2021-01-01", Stance.Denies, 1), new StatementCount("2022-01-01", Stance.Demands, 1)],
            await Count(TimeBucket.Year));
    }

    [SkippableFact]
    public async Task Stance_counts_group_by_actor_claim_and_stance()
    {
        var store = await StoreAsync([.. AggregateGraph(), A.Statement("s6").By("a1").On("c1").In("undated").Asserts()]);

        var counts = (await store.CountStancesAsync(new StatementQuery()))
            .OrderBy(c => c.ActorId, StringComparer.Ordinal).ThenBy(c => c.ClaimId, StringComparer.Ordinal).ThenBy(c => c.Stance).ToList();

        Assert.Equal(
            [new("a1", "c1", Stance.Asserts, 3), new("a2", "c1", Stance.Denies, 1), new("a2", "c2", Stance.Confirms, 1), new StanceCount("a2", "c2", Stance.Demands, 1)],
            counts);
        Assert.Equal([new StanceCount("a2", "c1", Stance.Denies, 1)], await store.CountStancesAsync(new StatementQuery(ActorId: "a2", ClaimId: "c1")));
    }
}
