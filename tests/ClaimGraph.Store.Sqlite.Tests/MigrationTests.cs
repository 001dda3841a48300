using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Schema;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>The migration runner, fed made-up migrations.</summary>
public sealed class MigrationTests : IDisposable
{
    private static readonly Migration CreateTable = new(1, "001_create", "CREATE TABLE t (x INTEGER);");
    private static readonly Migration InsertOne = new(2, "002_one", "INSERT INTO t VALUES (1);");
    private static readonly Migration InsertTwo = new(3, "003_two", "INSERT INTO t VALUES (2);");

    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Migrations_apply_in_order_and_set_the_version()
    {
        using var store = Open(CreateTable, InsertOne, InsertTwo);

        await store.InitializeAsync();

        using var connection = _folder.OpenConnection();
        Assert.Equal(3L, connection.Scalar("PRAGMA user_version;"));
        Assert.Equal("1,2", connection.Scalar("SELECT group_concat(x) FROM (SELECT x FROM t ORDER BY x);"));
    }

    [Fact]
    public async Task Only_migrations_newer_than_the_database_run()
    {
        using (var first = Open(CreateTable, InsertOne))
            await first.InitializeAsync();

        using var second = Open(CreateTable, InsertOne, InsertTwo);
        await second.InitializeAsync();

        using var connection = _folder.OpenConnection();
        Assert.Equal(3L, connection.Scalar("PRAGMA user_version;"));
        Assert.Equal(2L, connection.Scalar("SELECT COUNT(*) FROM t;"));
    }

    [Fact]
    public async Task A_failing_migration_rolls_back_its_own_step_and_keeps_the_earlier_ones()
    {
        var broken = new Migration(2, "002_broken", "CREATE TABLE u (x INTEGER); INSERT INTO no_such_table VALUES (1);");
        using var store = Open(CreateTable, broken);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync());

        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        using var connection = _folder.OpenConnection();
        Assert.Equal(1L, connection.Scalar("PRAGMA user_version;"));
        Assert.Equal(0L, connection.Scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'u';"));
    }

    [Fact]
    public async Task A_store_retries_initialisation_after_a_failure()
    {
        Directory.CreateDirectory(_folder.Path);
        using (var connection = _folder.OpenConnection())
            connection.Scalar("PRAGMA user_version = 11;");
        using var store = Open(CreateTable);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync());

        using (var connection = _folder.OpenConnection())
            connection.Scalar("PRAGMA user_version = 0;");

        await store.InitializeAsync();
    }

    [Fact]
    public void The_embedded_migrations_are_numbered_from_one_without_gaps()
    {
        var versions = MigrationCatalog.All.Select(m => m.Version).ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
        Assert.Equal("001_initial", MigrationCatalog.All[0].Name);
    }

    private SqliteClaimStore Open(params Migration[] migrations) =>
        new(new SqliteStoreOptions { DataDirectory = _folder.Path }, migrations);
}
