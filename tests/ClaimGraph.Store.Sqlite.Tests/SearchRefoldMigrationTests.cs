using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Schema;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>
/// Migration 008 refolds the search documents of a store written before the stemmer stopped stripping root letters
/// after the article (الوزير was indexed as زير), so that prefix searches typed as الوز find it.
/// </summary>
public sealed class SearchRefoldMigrationTests : IDisposable
{
    private const string Text = "قال الوزير الفرنسي إن الفصائل والوطنيين وافقوا";

    // What the old stemmer indexed Text as: every leading و/ف stripped again after the article.
    private const string OldBody = "قال زير رنسي ان صايل طنيين افقوا";

    private static readonly NodeKind[] AllKinds = Enum.GetValues<NodeKind>();

    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_store_at_schema_7_with_old_documents_finds_prefixes_after_opening()
    {
        await WriteSchema7StoreWithOldDocumentsAsync();
        using (var old = OpenAt(7))
            Assert.Empty(await old.SearchAsync("الفص", AllKinds, 10));

        var store = _folder.OpenStore();

        Assert.Equal(["a1", "c1"], (await store.SearchAsync("الفص", AllKinds, 10)).Select(h => h.Id).Order());
        Assert.Equal("c1", Assert.Single(await store.SearchAsync("الوز", AllKinds, 10)).Id);
        Assert.Equal("c1", Assert.Single(await store.SearchAsync("والفرنسي", AllKinds, 10)).Id);
        Assert.Equal("a1", Assert.Single(await store.SearchAsync("الفصا", [NodeKind.Actor], 10)).Id);
        Assert.Empty(await store.SearchAsync("صايل", AllKinds, 10));
        using var connection = _folder.OpenConnection();
        Assert.Equal((long)MigrationCatalog.All[^1].Version, connection.Scalar("PRAGMA user_version;"));
        Assert.Equal(TextNormalizer.ForIndex(Text), connection.Scalar("SELECT body FROM search_docs WHERE node_id = 'c1';"));
        Assert.Equal(3L, connection.Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_docs';"));
        Assert.Equal(0L, connection.Scalar("SELECT count(*) FROM search_fts_config WHERE k = 'hashsize';"));
    }

    [Fact]
    public async Task The_triggers_keep_the_refolded_index_in_step_with_later_writes()
    {
        await WriteSchema7StoreWithOldDocumentsAsync();
        var store = _folder.OpenStore();
        await store.InitializeAsync();

        await store.SeedAsync(A.Claim("c2").Saying("وزير الخارجية"), A.Claim("c1").Saying("الرقة"));

        Assert.Equal("c2", Assert.Single(await store.SearchAsync("الوز", AllKinds, 10)).Id);
        using var connection = _folder.OpenConnection();
        Assert.Equal("ok", connection.Scalar("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1); SELECT 'ok';"));
    }

    [Fact]
    public async Task A_failing_refold_leaves_the_store_at_schema_7_with_its_documents()
    {
        await WriteSchema7StoreWithOldDocumentsAsync();
        var failing = MigrationCatalog.All.Select(m => m.Version == 8 ? m with { Step = FailAfterRefoldAsync } : m).ToList();
        using (var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = _folder.Path }, failing))
            await Assert.ThrowsAnyAsync<Exception>(() => store.InitializeAsync());

        using (var connection = _folder.OpenConnection())
        {
            Assert.Equal(7L, connection.Scalar("PRAGMA user_version;"));
            Assert.Equal(OldBody, connection.Scalar("SELECT body FROM search_docs WHERE node_id = 'c1';"));
            Assert.Equal(3L, connection.Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_docs';"));
        }

        Assert.Equal(2, (await _folder.OpenStore().SearchAsync("الفص", AllKinds, 10)).Count);
    }

    private static async Task FailAfterRefoldAsync(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction, CancellationToken ct)
    {
        await Search.SearchRefold.RunAsync(connection, transaction, ct);
        throw new InvalidOperationException("interrupted");
    }

    private async Task WriteSchema7StoreWithOldDocumentsAsync()
    {
        // Written by this build, then set back to schema 7: this build's claim writes need migration 009's table.
        using (var old = _folder.OpenStore())
            await old.SeedAsync(A.Claim("c1").Saying(Text), A.Actor("a1").Named("الفصائل المسلحة"));
        using var connection = _folder.OpenConnection();
        SchemaBefore9.Apply(connection, 7);
        connection.Scalar($"UPDATE search_docs SET body = '{OldBody}' WHERE node_id = 'c1';");
        connection.Scalar("UPDATE search_docs SET body = 'صايل مسلحه' WHERE node_id = 'a1';");
        Assert.Equal(7L, connection.Scalar("PRAGMA user_version;"));
    }

    private SqliteClaimStore OpenAt(int version) =>
        new(new SqliteStoreOptions { DataDirectory = _folder.Path }, MigrationCatalog.All.Take(version).ToList());
}
