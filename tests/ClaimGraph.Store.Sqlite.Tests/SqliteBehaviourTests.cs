using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>SQLite-specific behaviour the contract does not pin: the FTS tables, error wording, registration.</summary>
public sealed class SqliteBehaviourTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_full_text_index_stays_consistent_through_updates_and_deletes()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync([.. BasicGraph.Nodes(),
            A.Actor("sdf").Named("Kurdish forces").AlsoKnownAs("YPG").AlsoKnownAs("قسد", "ar"),
            A.Claim("c").Saying("Raqqa").TranslatedTo("ar", "الرقة"), A.Statement("st").Quoting("first")]);
        // Basic nodes 3, the actor's name and two aliases, the claim and its translation, the quote.
        Assert.Equal(3 + 3 + 2 + 1, SearchDocuments());

        await store.SeedAsync(A.Actor("sdf").Named("Syrian Democratic Forces").AlsoKnownAs("SDF"), A.Statement("st"));
        Assert.Equal(3 + 2 + 2, SearchDocuments());
        AssertIndexIntact();
        Assert.Equal(0L, Matches("\"kurdish\""));
        Assert.Equal(1L, Matches("\"democratic\""));

        await store.WriteAsync(async w => await w.DeleteAsync(NodeKind.Actor, "sdf") && await w.DeleteAsync(NodeKind.Claim, "c"));
        Assert.Equal(3, SearchDocuments());
        AssertIndexIntact();
        Assert.Equal(0L, Matches("\"democratic\""));
        Assert.Equal(0L, Matches("\"رقه\""));
    }

    [Fact]
    public async Task The_index_holds_normalised_text_never_the_raw_text()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(A.Claim("c").Saying("والتحالفُ في الرقة"));

        using var connection = _folder.OpenConnection();
        Assert.Equal("تحالف في رقه", connection.Scalar("SELECT body FROM search_docs WHERE node_id = 'c';"));
        Assert.Equal("والتحالفُ في الرقة", connection.Scalar("SELECT matched FROM search_docs WHERE node_id = 'c';"));
    }

    [Fact]
    public async Task A_dangling_reference_is_explained_by_row_and_missing_id()
    {
        var store = _folder.OpenStore();

        var error = await Assert.ThrowsAsync<StoreConstraintException>(() => store.SeedAsync(
            A.Claim("claim"), A.Source("source"), A.Statement("st").By("ghost")));

        Assert.Contains("statements 'st'", error.Message, StringComparison.Ordinal);
        Assert.Contains("actor_id 'ghost'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_value_is_a_constraint_error_raised_at_the_write()
    {
        var store = _folder.OpenStore();

        var error = await Assert.ThrowsAsync<StoreConstraintException>(() =>
            store.SeedAsync(new Actor("nameless", null!, "en", ActorKind.Person, [])));

        Assert.Contains("actors.name", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await store.CountAsync()).Actors);
    }

    [Fact]
    public async Task Cancelled_calls_stop_before_touching_the_store()
    {
        var store = _folder.OpenStore();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.CountAsync(cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.WriteAsync(_ => Task.FromResult(1), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.QueryActorsAsync(new ActorQuery(), new PageRequest(10), cancelled.Token));
    }

    [Fact]
    public async Task A_writer_kept_past_its_transaction_cannot_be_used()
    {
        var store = _folder.OpenStore();
        var leaked = await store.WriteAsync(w => Task.FromResult(w));

        await Assert.ThrowsAsync<ObjectDisposedException>(() => leaked.GetActorsAsync(["a"]));
    }

    [Fact]
    public async Task Merging_an_actor_into_itself_is_refused()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(A.Actor("a"));

        await Assert.ThrowsAsync<Core.Errors.ClaimGraphException>(() => store.WriteAsync(async w =>
        {
            await w.RepointActorAsync("a", "a");
            return true;
        }));
        Assert.Single(await store.GetActorsAsync(["a"]));
    }

    [Fact]
    public async Task AddSqliteStore_registers_one_store_for_the_configured_folder()
    {
        var services = new ServiceCollection().AddSqliteStore(o => o.DataDirectory = _folder.Path);
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IClaimStore>();
        await store.CountAsync();

        var sqlite = Assert.IsType<SqliteClaimStore>(store);
        Assert.Same(sqlite, provider.GetRequiredService<SqliteClaimStore>());
        Assert.Equal(_folder.DatabasePath, sqlite.DatabasePath);
    }

    [Fact]
    public async Task AddSqliteStore_refuses_a_missing_data_folder_setting()
    {
        var services = new ServiceCollection().AddSqliteStore(_ => { });
        await using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IClaimStore>());
    }

    private int SearchDocuments()
    {
        using var connection = _folder.OpenConnection();
        return (int)(long)connection.Scalar("SELECT COUNT(*) FROM search_docs;")!;
    }

    private long Matches(string match)
    {
        using var connection = _folder.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH @m;";
        command.Parameters.AddWithValue("@m", match);
        return (long)command.ExecuteScalar()!;
    }

    private void AssertIndexIntact()
    {
        using var connection = _folder.OpenConnection();
        connection.Scalar("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1);");
    }
}
