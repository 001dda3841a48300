using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Synthetic;
using ClaimGraph.Core.Text;
using ClaimGraph.Server.Tests.Api;
using Xunit;

namespace ClaimGraph.Server.Tests.Crash;

/// <summary>SIGKILL the real service mid-write, restart it, and check what survived.</summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimgraph-tests", Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task A_bulk_import_killed_mid_way_keeps_exactly_its_committed_batches_and_resumes_to_the_full_graph()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "graph.ndjson");
        await SyntheticGraphWriter.WriteFileAsync(file, new SyntheticGraphOptions(40_000, Seed: 4));
        var data = Path.Combine(_folder, "data");

        using (var import = ServiceProcess.Run("bulk-import", file, "--batch", "1500", $"--ClaimGraph:DataDirectory={data}"))
        {
            await WaitForCheckpointsAsync(import, atLeast: 3);
            import.Kill();
        }

        DatabaseFile.AssertIntact(data);
        long line, statements;
        using (var connection = DatabaseFile.Open(data))
        {
            line = connection.Scalar("SELECT line FROM import_checkpoints");
            statements = connection.Scalar("SELECT count(*) FROM statements");
            Assert.True(connection.Scalar("SELECT count(*) FROM bulk_phase") > 0, "the kill came in the bulk phase, with indexes dropped");
        }

        var lines = File.ReadLines(file).ToList();
        Assert.InRange(line, 1, lines.Count - 1);
        Assert.Equal(lines.Take((int)line).Count(l => l.StartsWith("{\"type\":\"statement\"", StringComparison.Ordinal)), statements);

        using (var resume = ServiceProcess.Run("bulk-import", file, "--batch", "1500", $"--ClaimGraph:DataDirectory={data}"))
        {
            Assert.Equal(0, await resume.WaitAsync(TimeSpan.FromMinutes(3)));
            Assert.Contains($"resumed after line {line}", resume.Output, StringComparison.Ordinal);
            Assert.Contains("bulk phase, rebuild", resume.Output, StringComparison.Ordinal);
        }

        DatabaseFile.AssertIntact(data);
        var expected = ImportReader.ParseFile(file);
        using (var connection = DatabaseFile.Open(data))
        {
            Assert.Equal(expected.Statements.Count, connection.Scalar("SELECT count(*) FROM statements"));
            Assert.Equal(expected.Actors.Count, connection.Scalar("SELECT count(*) FROM actors"));
            Assert.Equal(expected.Claims.Count, connection.Scalar("SELECT count(*) FROM claims"));
            Assert.Equal(expected.Sources.Count, connection.Scalar("SELECT count(*) FROM sources"));
            Assert.Equal(expected.ClaimLinks.Count, connection.Scalar("SELECT count(*) FROM claim_links"));
            Assert.Equal(0, connection.Scalar("SELECT count(*) FROM import_checkpoints"));
            Assert.Equal(0, connection.Scalar("SELECT count(*) FROM bulk_phase"));
            Assert.Equal(await FreshSchemaAsync(), connection.Strings(SchemaObjects));
            connection.Scalar("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"); // throws when the index and search_docs disagree

            // claim_terms exactly as ClaimTermFill builds it from the claims, whichever batches the phase's buffer saw.
            var terms = expected.Claims.SelectMany(c => ClaimTerms.Of(c.Text) is var t ? t.Select(term => $"{term} {c.Id} {t.Count}") : []).Order(StringComparer.Ordinal);
            Assert.Equal(terms, connection.Strings("SELECT term || ' ' || claim_id || ' ' || terms FROM claim_terms").Order(StringComparer.Ordinal));
            Assert.Equal(0, connection.Scalar("""
                SELECT count(*) FROM (SELECT term, count(*) AS n FROM claim_terms GROUP BY term) t
                FULL JOIN claim_term_counts c USING (term) WHERE t.n IS NOT c.claims
                """));
        }
    }

    private const string SchemaObjects = "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL AND name <> 'bulk_phase' ORDER BY type, name";

    // Every index and trigger of a newly created store, with its DDL.
    private async Task<List<string>> FreshSchemaAsync()
    {
        var fresh = Path.Combine(_folder, "fresh");
        using (var store = new ClaimGraph.Store.Sqlite.SqliteClaimStore(new ClaimGraph.Store.Sqlite.SqliteStoreOptions { DataDirectory = fresh }))
            await store.InitializeAsync();
        using var connection = DatabaseFile.Open(fresh);
        return connection.Strings(SchemaObjects);
    }

    [Fact]
    public async Task Every_mutation_acknowledged_before_a_kill_is_there_after_a_restart()
    {
        var data = Path.Combine(_folder, "data");
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        using (var service = await ServiceProcess.StartServerAsync(data))
        {
            using var client = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromSeconds(10) };
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested && i < 10_000; i++)
                {
                    var key = $"crash-{w}-{i}";
                    var query = i % 2 == 0
                        ? $$"""mutation { createActor(input: { key: "{{key}}", name: "ناشط {{w}} {{i}}", language: "ar", kind: PERSON }) { id } }"""
                        : $$"""mutation { recordClaim(input: { key: "{{key}}", text: "خبر {{w}} {{i}}", language: "ar" }) { id } }""";
                    try
                    {
                        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query });
                        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                        if (body?["data"] is JsonObject && body["errors"] is null)
                            acknowledged.Add(key);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
                    {
                        return;
                    }
                }
            })).ToList();

            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (acknowledged.Count < 200 && DateTime.UtcNow < deadline)
                await Task.Delay(20);
            service.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.True(acknowledged.Count >= 200, $"only {acknowledged.Count} writes were acknowledged before the kill");
        DatabaseFile.AssertIntact(data);
        using (var restarted = await ServiceProcess.StartServerAsync(data))
        {
            using var client = new HttpClient { BaseAddress = restarted.Address };
            using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ counts { statements } }" });
            Assert.Contains("\"statements\":27", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var connection = DatabaseFile.Open(data);
        var stored = connection.Strings("SELECT id FROM actors WHERE id LIKE 'crash-%' UNION ALL SELECT id FROM claims WHERE id LIKE 'crash-%'").ToHashSet();
        Assert.All(acknowledged, key => Assert.Contains(key, stored));
        DatabaseFile.AssertIntact(data);
    }

    public void Dispose() => ClaimGraphApp.TryDelete(_folder);

    // Watches the import's progress lines (each printed after its batch committed), not the file: during the
    // bulk phase the import holds SQLite's exclusive lock, so another connection could not read it anyway.
    private static async Task WaitForCheckpointsAsync(ServiceProcess import, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (import.HasExited)
                throw new InvalidOperationException($"The import finished before it could be interrupted:\n{import.Output}");
            if (import.Output.Split('\n').Count(l => l.Contains("records committed", StringComparison.Ordinal)) >= atLeast)
                return;
            await Task.Delay(5);
        }

        throw new TimeoutException($"No checkpoint appeared within 120 s:\n{import.Output}");
    }
}
