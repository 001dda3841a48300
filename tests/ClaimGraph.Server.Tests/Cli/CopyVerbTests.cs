using System.Text.Json;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Store;
using ClaimGraph.Server.Cli;
using ClaimGraph.Server.Tests.Api;
using ClaimGraph.Store.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClaimGraph.Server.Tests.Cli;

/// <summary>The copy verb between two real SQLite stores, seeded with the seed article's graph.</summary>
public sealed class CopyVerbTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "claimgraph-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    private string From => Path.Combine(_root, "from");

    private string To => Path.Combine(_root, "to");

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Copy_moves_the_seeded_graph_between_sqlite_stores_without_loss()
    {
        await SeedSourceAsync();

        var exit = await new CopyVerb().RunAsync(_services, ["--from", $"sqlite:{From}", "--to", $"sqlite:{To}", "--batch-size", "7"], default);

        Assert.Equal(0, exit);
        await AssertSameGraphAsync();
        Assert.False(File.Exists(Path.Combine(To, "copy.checkpoint.json")));
    }

    [Fact]
    public async Task An_interrupted_copy_resumes_from_its_checkpoint_and_ends_identical()
    {
        await SeedSourceAsync();
        var args = new[] { "--from", $"sqlite:{From}", "--to", $"sqlite:{To}", "--batch-size", "5" };

        var interrupted = await new CopyVerb { MaxBatches = 9 }.RunAsync(_services, args, default);
        var checkpoint = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(To, "copy.checkpoint.json")));
        var partial = await CountAsync(To);
        var resumed = await new CopyVerb().RunAsync(_services, args, default);

        Assert.Equal(3, interrupted);
        Assert.False(string.IsNullOrEmpty(checkpoint.RootElement.GetProperty("Phase").GetString()));
        Assert.True(partial.Statements == 0, "nine batches of five should not reach the statements");
        Assert.Equal(0, resumed);
        await AssertSameGraphAsync();
    }

    [Fact]
    public async Task Copying_again_onto_a_full_target_changes_nothing()
    {
        await SeedSourceAsync();
        string[] args = ["--from", $"sqlite:{From}", "--to", $"sqlite:{To}"];

        Assert.Equal(0, await new CopyVerb().RunAsync(_services, args, default));
        Assert.Equal(0, await new CopyVerb().RunAsync(_services, args, default));

        await AssertSameGraphAsync();
    }

    [Fact]
    public async Task The_verb_is_registered_and_refuses_bad_arguments()
    {
        Assert.True(CliVerbs.IsVerb("copy"));
        Assert.Equal(2, await new CopyVerb().RunAsync(_services, ["--from", "postgres:x", "--to", $"sqlite:{To}"], default));
        Assert.Equal(2, await new CopyVerb().RunAsync(_services, ["--from", $"sqlite:{To}", "--to", $"sqlite:{To}"], default));
        Assert.Equal(2, await new CopyVerb().RunAsync(_services, ["--to", $"sqlite:{To}"], default));
    }

    private async Task SeedSourceAsync()
    {
        using var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = From });
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds"), "*.graph.ndjson"))
            await new GraphImporter(store).ImportAsync(ImportReader.ParseFile(file));
    }

    private static async Task<GraphCounts> CountAsync(string folder)
    {
        using var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = folder });
        return await store.CountAsync();
    }

    // Every record of every kind, serialised field by field, in insertion order where the port exposes it.
    private static async Task<Dictionary<string, string>> SnapshotAsync(string folder)
    {
        using var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = folder });
        var page = new PageRequest(10_000, null, SortOrder.OldestFirst);
        var actors = (await store.QueryActorsAsync(new ActorQuery(), page)).Items.Select(i => i.Node).ToList();
        var claims = (await store.QueryClaimsAsync(new ClaimQuery(), page)).Items.Select(i => i.Node).ToList();
        var sources = (await store.QuerySourcesAsync(new SourceQuery(), page with { Order = SortOrder.Default })).Items.Select(i => i.Node).ToList();
        var statements = (await store.QueryStatementsAsync(new StatementQuery(), page with { Order = SortOrder.Default })).Items.Select(i => i.Node).ToList();
        var links = await store.GetClaimLinksAsync(claims.Select(c => c.Id).ToList());
        return new Dictionary<string, string>
        {
            ["counts"] = JsonSerializer.Serialize(await store.CountAsync()),
            ["actors"] = JsonSerializer.Serialize(actors),
            ["claims"] = JsonSerializer.Serialize(claims),
            ["sources"] = JsonSerializer.Serialize(sources),
            ["statements"] = JsonSerializer.Serialize(statements),
            ["links"] = JsonSerializer.Serialize(links),
        };
    }

    private async Task AssertSameGraphAsync()
    {
        var source = await SnapshotAsync(From);
        var target = await SnapshotAsync(To);
        Assert.Contains("\"Statements\":", source["counts"], StringComparison.Ordinal);
        Assert.DoesNotContain("\"Statements\":0", source["counts"], StringComparison.Ordinal);
        foreach (var kind in source.Keys)
            Assert.Equal(source[kind], target[kind]);
    }
}
