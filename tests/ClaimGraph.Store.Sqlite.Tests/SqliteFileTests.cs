using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>What the SQLite file itself must look like: WAL, versioned schema, migrated once, refused when too new.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_data_folder_is_created_and_the_file_opens_in_wal_mode()
    {
        Assert.False(Directory.Exists(_folder.Path));

        await _folder.OpenStore().InitializeAsync();

        Assert.True(File.Exists(_folder.DatabasePath));
        using var connection = _folder.OpenConnection();
        Assert.Equal("wal", connection.Scalar("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Schema_version_after_migration_equals_the_number_of_migration_files()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "graph-schema", "sqlite"), "*.sql");
        var embedded = typeof(SqliteClaimStore).Assembly.GetManifestResourceNames().Count(n => n.EndsWith(".sql", StringComparison.Ordinal));

        await _folder.OpenStore().InitializeAsync();

        using var connection = _folder.OpenConnection();
        Assert.NotEmpty(files);
        Assert.Equal(files.Length, embedded);
        Assert.Equal((long)files.Length, connection.Scalar("PRAGMA user_version;"));
    }

    [Fact]
    public async Task Reopening_the_folder_keeps_the_data_and_does_not_migrate_again()
    {
        var first = _folder.OpenStore();
        await first.SeedAsync(A.Actor("sdf").Named("قسد", "ar"));
        first.Dispose();
        long tables;
        using (var connection = _folder.OpenConnection())
            tables = (long)connection.Scalar("SELECT COUNT(*) FROM sqlite_schema;")!;

        // 001_initial.sql creates tables without IF NOT EXISTS: running it twice would fail.
        var second = _folder.OpenStore();
        var actor = Assert.Single(await second.GetActorsAsync(["sdf"]));

        Assert.Equal("قسد", actor.Name);
        using var after = _folder.OpenConnection();
        Assert.Equal(tables, after.Scalar("SELECT COUNT(*) FROM sqlite_schema;"));
    }

    [Fact]
    public async Task A_database_newer_than_the_code_is_refused_with_a_clear_message()
    {
        Directory.CreateDirectory(_folder.Path);
        using (var connection = _folder.OpenConnection())
            connection.Scalar("PRAGMA user_version = 99;");

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => _folder.OpenStore().CountAsync());

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Contains(_folder.DatabasePath, error.Message, StringComparison.Ordinal);
        using var unchanged = _folder.OpenConnection();
        Assert.Equal(99L, unchanged.Scalar("PRAGMA user_version;"));
    }

    [Fact]
    public async Task Stores_opening_the_same_folder_at_once_migrate_once_and_all_work()
    {
        var stores = Enumerable.Range(0, 6).Select(_ => _folder.OpenStore()).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitializeAsync())));
        await Task.WhenAll(stores.SelectMany((s, i) => Enumerable.Range(0, 5).Select(j => Task.Run(() => s.SeedAsync(A.Actor($"a{i}-{j}"))))));

        foreach (var store in stores)
            Assert.Equal(30, (await store.CountAsync()).Actors);
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_created_makes_the_store_unavailable()
    {
        Directory.CreateDirectory(_folder.Path);
        var blocker = Path.Combine(_folder.Path, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        using var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = Path.Combine(blocker, "data") });

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CountAsync());

        Assert.Contains(blocker, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_makes_the_store_unavailable()
    {
        Directory.CreateDirectory(_folder.Path);
        await File.WriteAllTextAsync(_folder.DatabasePath, new string('x', 4096));

        await Assert.ThrowsAsync<StoreUnavailableException>(() => _folder.OpenStore().CountAsync());
    }

    [Fact]
    public async Task Enums_are_stored_by_name_and_times_as_utc_text_with_their_offset()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(A.Actor("sdf").OfKind(ActorKind.ArmedGroup),
            A.Source("article").PublishedAt(new DateTimeOffset(2017, 10, 12, 18, 30, 15, 123, TimeSpan.FromHours(3))));

        using var connection = _folder.OpenConnection();
        Assert.Equal("ArmedGroup", connection.Scalar("SELECT kind FROM actors WHERE id = 'sdf';"));
        Assert.Equal("2017-10-12T15:30:15.1230000Z", connection.Scalar("SELECT published_at FROM sources WHERE id = 'article';"));
        Assert.Equal(180L, connection.Scalar("SELECT published_offset FROM sources WHERE id = 'article';"));
    }

    [Fact]
    public async Task Foreign_keys_are_enforced_on_every_connection()
    {
        var store = _folder.OpenStore();
        await store.InitializeAsync();

        using var connection = _folder.OpenConnection();
        Assert.Equal(0L, connection.Scalar("SELECT COUNT(*) FROM pragma_foreign_key_check;"));
        var fkCount = (long)connection.Scalar("SELECT COUNT(*) FROM pragma_foreign_key_list('statements');")!;
        Assert.Equal(6L, fkCount);
    }
}
