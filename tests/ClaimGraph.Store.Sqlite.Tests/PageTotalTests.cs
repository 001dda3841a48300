using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Paging;
using ClaimGraph.Testing.Builders;
using Microsoft.Data.Sqlite;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>Page totals are kept between reads, and never outlive a commit by anyone.</summary>
public sealed class PageTotalTests : IDisposable
{
    private static readonly StatementQuery ByX = new(ActorId: "x");

    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static object[] ThreeStatements() =>
    [
        .. BasicGraph.Nodes(), A.Actor("x"),
        A.Statement("s1").By("x"), A.Statement("s2").By("x"), A.Statement("s3").By("x"),
    ];

    private static async Task<int> TotalAsync(SqliteClaimStore store) =>
        (await store.QueryStatementsAsync(ByX, new PageRequest(1))).TotalCount;

    [Fact]
    public async Task A_kept_total_follows_writes_through_this_store()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(ThreeStatements());

        Assert.Equal(3, await TotalAsync(store));
        Assert.Equal(3, await TotalAsync(store));
        await store.SeedAsync(A.Statement("s4").By("x"));
        Assert.Equal(4, await TotalAsync(store));
        await store.WriteAsync(w => w.DeleteAsync(Core.Model.NodeKind.Statement, "s1"));
        Assert.Equal(3, await TotalAsync(store));
    }

    [Fact]
    public async Task A_kept_total_follows_writes_by_another_store_and_by_a_plain_connection()
    {
        var reader = _folder.OpenStore();
        await reader.SeedAsync(ThreeStatements());
        Assert.Equal(3, await TotalAsync(reader));

        await _folder.OpenStore().SeedAsync(A.Statement("s4").By("x"));
        Assert.Equal(4, await TotalAsync(reader));

        using (var connection = _folder.OpenConnection())
            connection.Scalar("DELETE FROM statements WHERE id IN ('s1', 's2');");
        Assert.Equal(2, await TotalAsync(reader));
    }

    [Fact]
    public async Task Totals_are_kept_per_filter_and_value()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync([.. ThreeStatements(), A.Actor("y"), A.Statement("y1").By("y")]);

        Assert.Equal(3, await TotalAsync(store));
        Assert.Equal(1, (await store.QueryStatementsAsync(new StatementQuery(ActorId: "y"), new PageRequest(1))).TotalCount);
        Assert.Equal(4, (await store.QueryStatementsAsync(new StatementQuery(), new PageRequest(1))).TotalCount);
        Assert.Equal(3, await TotalAsync(store));
    }

    [Fact]
    public async Task Totals_for_times_a_millisecond_apart_are_kept_apart()
    {
        var at = new DateTimeOffset(2024, 5, 10, 12, 0, 0, TimeSpan.Zero);
        var store = _folder.OpenStore();
        await store.SeedAsync([.. BasicGraph.Nodes(), A.Actor("x"),
            A.Statement("s1").By("x").StatedAt(at), A.Statement("s2").By("x").StatedAt(at.AddMilliseconds(1))]);

        async Task<int> FromAsync(DateTimeOffset from) =>
            (await store.QueryStatementsAsync(new StatementQuery(ActorId: "x", From: from), new PageRequest(1))).TotalCount;

        Assert.Equal(2, await FromAsync(at));
        Assert.Equal(1, await FromAsync(at.AddTicks(5_000)));
        Assert.Equal(2, await FromAsync(at));
    }

    [Fact]
    public async Task The_version_changes_only_when_another_connection_commits()
    {
        await _folder.OpenStore().InitializeAsync();
        using var cache = new CountCache(new SqliteConnectionStringBuilder { DataSource = _folder.DatabasePath }.ToString());

        var first = cache.Version();
        Assert.NotNull(first);
        Assert.Equal(first, cache.Version());
        cache.Set("k", first.Value, 7);
        Assert.True(cache.TryGet("k", first.Value, out var kept));
        Assert.Equal(7, kept);

        using (var connection = _folder.OpenConnection())
            connection.Scalar("CREATE TABLE scratch (x); DROP TABLE scratch;");
        var next = cache.Version();

        Assert.NotEqual(first, next);
        Assert.False(cache.TryGet("k", next!.Value, out _));
    }
}
