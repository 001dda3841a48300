using ClaimGraph.Core.Store;
using ClaimGraph.Server.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClaimGraph.Server.Tests.Dashboards;

/// <summary>The seed article is undated, so these record dated statements and count them over time.</summary>
public sealed class TimeBucketTests : IAsyncLifetime
{
    private readonly ClaimGraphApp _app = new();

    public async Task InitializeAsync()
    {
        // Saturday 14 Oct 2017 15:00 UTC, Monday 16 Oct, 1 Nov 21:30 UTC (2 Nov local), 3 Jan 2018.
        string[] times = ["2017-10-14T18:00:00+03:00", "2017-10-16T09:00:00Z", "2017-11-02T00:30:00+03:00", "2018-01-03T12:00:00Z"];
        for (var i = 0; i < times.Length; i++)
        {
            await _app.DataAsync("""
                mutation($input: RecordStatementInput!) { recordStatement(input: $input) { key } }
                """, new { input = new { key = $"st-dated-{i}", actor = "sdf", claim = "shelling-stopped", stance = i == 1 ? "DENIES" : "ASSERTS", source = "baladi-raqqa-negotiations", statedAt = times[i] } });
        }
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Dated_statements_fall_into_utc_day_week_month_and_year_buckets()
    {
        var data = await _app.DataAsync("""
            { day: statementStats(by: TIME) { key label stance count }
              week: statementStats(by: TIME, bucket: WEEK) { key stance count }
              month: statementStats(by: TIME, bucket: MONTH) { key stance count }
              year: statementStats(by: TIME, bucket: YEAR, filter: { stances: [ASSERTS] }) { key stance count } }
            """);
        JsonAssert.Equal("""
            { "day": [
                { "key": "2017-10-14", "label": "2017-10-14", "stance": "ASSERTS", "count": 1 },
                { "key": "2017-10-16", "label": "2017-10-16", "stance": "DENIES", "count": 1 },
                { "key": "2017-11-01", "label": "2017-11-01", "stance": "ASSERTS", "count": 1 },
                { "key": "2018-01-03", "label": "2018-01-03", "stance": "ASSERTS", "count": 1 } ],
              "week": [
                { "key": "2017-10-09", "stance": "ASSERTS", "count": 1 },
                { "key": "2017-10-16", "stance": "DENIES", "count": 1 },
                { "key": "2017-10-30", "stance": "ASSERTS", "count": 1 },
                { "key": "2018-01-01", "stance": "ASSERTS", "count": 1 } ],
              "month": [
                { "key": "2017-10-01", "stance": "ASSERTS", "count": 1 },
                { "key": "2017-10-01", "stance": "DENIES", "count": 1 },
                { "key": "2017-11-01", "stance": "ASSERTS", "count": 1 },
                { "key": "2018-01-01", "stance": "ASSERTS", "count": 1 } ],
              "year": [
                { "key": "2017-01-01", "stance": "ASSERTS", "count": 2 },
                { "key": "2018-01-01", "stance": "ASSERTS", "count": 1 } ] }
            """, data);
    }

    [Fact]
    public async Task The_port_default_counts_what_the_sqlite_group_by_counts()
    {
        var store = _app.Services.GetRequiredService<CountingStore>();
        var filters = new[] { new StatementQuery(), new StatementQuery(ActorId: "sdf"), new StatementQuery(From: DateTimeOffset.Parse("2017-10-15T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)) };
        foreach (var filter in filters)
        {
            foreach (var by in Enum.GetValues<StatGrouping>())
            {
                foreach (var bucket in Enum.GetValues<TimeBucket>())
                {
                    var sql = await store.CountStatementsAsync(filter, by, bucket);
                    var scan = await StatementScan.CountAsync(store, filter, by, bucket, default);
                    Assert.Equal(Sorted(scan), Sorted(sql));
                }
            }

            var stances = await store.CountStancesAsync(filter);
            var scanned = await StatementScan.CountStancesAsync(store, filter, default);
            Assert.Equal(scanned.OrderBy(c => c.ActorId + c.ClaimId + c.Stance, StringComparer.Ordinal),
                stances.OrderBy(c => c.ActorId + c.ClaimId + c.Stance, StringComparer.Ordinal));
        }
    }

    private static List<StatementCount> Sorted(IEnumerable<StatementCount> counts) =>
        counts.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Stance).ToList();
}
