using ClaimGraph.Server.Cli;
using ClaimGraph.Store.Sqlite;
using Xunit;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>The ingest verb as a user runs it: real files in, a real SQLite file out.</summary>
public sealed class IngestVerbTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("claimgraph-ingest-verb-").FullName;

    [Fact]
    public async Task Ingest_commit_writes_each_article_and_reports_a_bad_one()
    {
        var articles = Path.Combine(_data, "articles.ndjson");
        await File.WriteAllLinesAsync(articles,
        [
            """{"text":"The Ministry of Health announced that vaccination centres would open in all districts from Monday.","id":"health-1"}""",
            """{"text":""}""",
        ]);
        var seed = Path.Combine(RepositoryRoot.Path, "seeds", "000_56e233a4a2ee7b21.txt");

        var code = await CliVerbs.RunAsync(["ingest", seed, articles, "--commit", $"--ClaimGraph:DataDirectory={_data}"]);

        Assert.Equal(1, code);
        using var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = _data });
        var counts = await store.CountAsync();
        Assert.Equal(2, counts.Sources);
        Assert.Equal(27, counts.Statements); // the seed's 26 and the health article's one
        Assert.Single(await store.GetSourcesAsync(["health-1"]));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        ClaimGraphApp.TryDelete(_data);
    }
}
