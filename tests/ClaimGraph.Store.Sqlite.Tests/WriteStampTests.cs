using ClaimGraph.Core.Auditing;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>Migration 002's stamps: who first recorded each node and when, who last wrote it and when.</summary>
public sealed class WriteStampTests : IDisposable
{
    private static readonly DateTimeOffset First = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = First.AddHours(5);

    private readonly TempDataFolder _folder = new();
    private readonly Principal _principal = new() { Name = "alice" };
    private readonly Clock _clock = new() { Now = First };

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_first_write_sets_both_stamps_and_later_writes_only_the_updated_one()
    {
        using var store = Open();
        await store.SeedAsync(BasicGraph.Nodes().Append(A.Statement("st")));

        _principal.Name = "bob";
        _clock.Now = Later;
        await store.SeedAsync(A.Actor("actor").Named("Renamed"));

        var actor = Assert.Single(await store.GetWriteStampsAsync(NodeKind.Actor, ["actor", "missing"]));
        Assert.Equal(new WriteStamp(NodeKind.Actor, "actor", "alice", First, "bob", Later), actor);
        var statement = Assert.Single(await store.GetWriteStampsAsync(NodeKind.Statement, ["st"]));
        Assert.Equal(new WriteStamp(NodeKind.Statement, "st", "alice", First, "alice", First), statement);
        Assert.Equal(["claim"], (await store.GetWriteStampsAsync(NodeKind.Claim, ["claim"])).Select(s => s.Id));
        Assert.Equal(["source"], (await store.GetWriteStampsAsync(NodeKind.Source, ["source"])).Select(s => s.Id));
    }

    [Fact]
    public async Task A_failed_write_leaves_the_stamps_as_they_were()
    {
        using var store = Open();
        await store.SeedAsync(BasicGraph.Nodes());
        _principal.Name = "mallory";
        _clock.Now = Later;

        await Assert.ThrowsAsync<StoreConstraintException>(() =>
            store.SeedAsync(A.Actor("actor").Named("Changed"), A.Statement("dangling").By("nobody")));

        var actor = Assert.Single(await store.GetWriteStampsAsync(NodeKind.Actor, ["actor"]));
        Assert.Equal(("alice", First), (actor.UpdatedBy, actor.UpdatedAt));
    }

    [Fact]
    public async Task Rows_written_before_the_migration_have_no_stamps()
    {
        using (var old = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = _folder.Path }, Schema.MigrationCatalog.All.Take(1).ToList()))
            await old.InitializeAsync();
        using (var connection = _folder.OpenConnection())
            connection.Scalar("INSERT INTO actors (id, name, sort_name, language, kind) VALUES ('actor', 'Old', 'old', 'en', 'Person');");

        using var store = Open();
        var actor = Assert.Single(await store.GetWriteStampsAsync(NodeKind.Actor, ["actor"]));

        Assert.Equal(new WriteStamp(NodeKind.Actor, "actor", null, null, null, null), actor);
    }

    private SqliteClaimStore Open() => new(new SqliteStoreOptions { DataDirectory = _folder.Path }, _principal, _clock);

    private sealed class Principal : ICurrentPrincipal
    {
        public string Name { get; set; } = "";
    }

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
