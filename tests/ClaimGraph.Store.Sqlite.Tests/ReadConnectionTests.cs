using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Schema;
using ClaimGraph.Testing.Builders;
using Microsoft.Data.Sqlite;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>
/// Reads run on connections kept open with their prepared statements: answers stay right whatever happened to the
/// file or to an earlier call in between, and nothing is kept open once the store is gone or wants the file alone.
/// </summary>
public sealed class ReadConnectionTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reads_reuse_one_kept_connection_and_see_later_schema_changes_and_writes()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(A.Actor("a").Named("First"), A.Claim("c"));
        Assert.Equal("First", (await store.GetActorsAsync(["a"])).Single().Name);
        Assert.Equal(1, store.IdleReadConnections);

        using (var other = _folder.OpenConnection())
            other.Scalar("ALTER TABLE actors ADD COLUMN extra TEXT; CREATE INDEX ix_test_actor_name ON actors(name);");
        await store.SeedAsync(A.Actor("a").Named("Second"), A.Actor("b").Named("Other"));
        Assert.Equal(["Second", "Other"], (await store.GetActorsAsync(["a", "b"])).Select(a => a.Name));

        using (var other = _folder.OpenConnection())
            other.Scalar("DROP INDEX ix_test_actor_name;");
        Assert.Equal(["Second", "Other"], (await store.GetActorsAsync(["b", "a"])).Select(a => a.Name));
        Assert.Equal(2, (await store.CountAsync()).Actors);
        Assert.Equal(1, store.IdleReadConnections); // every call above ran on the same connection
    }

    [Fact]
    public async Task A_failed_call_closes_its_connection_and_the_next_call_reads_normally()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(BasicGraph.Nodes());
        Assert.Single(await store.GetActorsAsync(["actor"]));
        Assert.Equal(1, store.IdleReadConnections);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetActorsAsync(["actor"], cancelled.Token));
        Assert.Equal(0, store.IdleReadConnections);

        Assert.Equal("actor", (await store.GetActorsAsync(["actor"])).Single().Id);
        Assert.Equal(1, store.IdleReadConnections);
    }

    [Fact]
    public async Task A_read_cancelled_mid_statement_is_not_pooled_and_the_next_run_of_the_same_text_is_whole()
    {
        using var database = new SqliteDatabase(new SqliteStoreOptions { DataDirectory = _folder.Path }, MigrationCatalog.All);
        const string Sql = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @upTo)
            SELECT i FROM n
            """;
        var first = await database.RentForReadAsync(CancellationToken.None);
        using (var cancel = new CancellationTokenSource())
        {
            var command = new Session(first, null).Prepared(Sql).With("@upTo", 1_000_000);
            var reader = await command.ExecuteReaderAsync(cancel.Token);
            for (var i = 0; i < 10; i++)
                Assert.True(await reader.ReadAsync(cancel.Token));
            await cancel.CancelAsync();
            // Left mid-statement, its reader still open: as a request aborted by its client leaves it.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reader.ReadAsync(cancel.Token));
        }

        database.ReturnRead(first, reusable: false);
        Assert.Equal(System.Data.ConnectionState.Closed, first.Connection.State);
        Assert.Equal(0, database.IdleReadConnections);

        var next = await database.RentForReadAsync(CancellationToken.None);
        Assert.NotSame(first, next);
        var rows = await new Session(next, null).Prepared(Sql).With("@upTo", 1000).ReadAllAsync(r => r.GetInt64(0), CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), rows);
        database.ReturnRead(next, reusable: true);
        Assert.Equal(1, database.IdleReadConnections);
    }

    [Fact]
    public void More_distinct_texts_than_the_cache_holds_still_answer_each_one()
    {
        Directory.CreateDirectory(_folder.Path);
        var connection = new SqliteConnection($"Data Source={_folder.DatabasePath};Pooling=False");
        connection.Open();
        using var kept = new ReadConnection(connection, generation: 0);
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < ReadConnection.MaxCommands * 2 + 3; i++)
            {
                var command = kept.Prepared($"SELECT {i} + @x", null);
                command.Parameters.AddWithValue("@x", round);
                Assert.Equal((long)(i + round), command.ExecuteScalar());
            }
        }

        Assert.InRange(kept.CachedCommands, 1, ReadConnection.MaxCommands);
    }

    [Fact]
    public async Task Concurrent_reads_each_get_their_own_connection_and_the_right_rows()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync([.. Enumerable.Range(0, 40).Select(i => A.Actor($"a{i}").Named($"Actor {i}"))]);

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
            (await store.GetActorsAsync([$"a{i % 40}"])).Single().Name)));

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"Actor {i % 40}"), answers);
        Assert.InRange(store.IdleReadConnections, 1, 32);
    }

    [Fact]
    public async Task Kept_connections_are_closed_when_the_store_is_disposed_or_another_store_needs_the_file_alone()
    {
        var reader = _folder.OpenStore();
        await reader.SeedAsync(BasicGraph.Nodes());
        Assert.Single(await reader.GetClaimsAsync(["claim"]));
        Assert.Equal(1, reader.IdleReadConnections);

        var importer = _folder.OpenStore();
        Assert.False(await importer.BeginBulkPhaseAsync(records: 10_000), "the reader's kept connection has the file open");

        reader.Dispose();
        Assert.True(await importer.BeginBulkPhaseAsync(records: 10_000), "a disposed store keeps nothing open");
        await importer.EndBulkPhaseAsync();

        // The importer's own kept read connection is closed by its bulk phase, and reads after it see the rebuilt file.
        Assert.Single(await importer.GetClaimsAsync(["claim"]));
        Assert.True(await importer.BeginBulkPhaseAsync(records: 10_000));
        Assert.Equal(0, importer.IdleReadConnections);
        await importer.EndBulkPhaseAsync();
        Assert.Equal("claim", (await importer.GetClaimsAsync(["claim"])).Single().Id);
    }
}
