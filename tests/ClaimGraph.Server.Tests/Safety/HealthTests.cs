using System.Net;
using System.Text.Json.Nodes;
using ClaimGraph.Server.Tests.Api;
using Xunit;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>Liveness stays 200 while the process runs; readiness and /health follow the store.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task A_working_store_is_live_and_ready()
    {
        using var app = new ClaimGraphApp();
        using var client = app.Server.CreateClient();

        Assert.Equal((HttpStatusCode.OK, "ok"), await GetAsync(client, "/health/live"));
        Assert.Equal((HttpStatusCode.OK, "ok"), await GetAsync(client, "/health/ready"));
        Assert.Equal((HttpStatusCode.OK, "ok"), await GetAsync(client, "/health"));
    }

    [Fact]
    public async Task A_store_file_that_is_not_a_database_is_live_but_not_ready()
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimgraph-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "claimgraph.db"), new string('x', 8192));
        try
        {
            using var app = new ClaimGraphApp(folder, new Dictionary<string, string> { ["ClaimGraph:Seed:Enabled"] = "false" });
            using var client = app.Server.CreateClient();

            Assert.Equal((HttpStatusCode.OK, "ok"), await GetAsync(client, "/health/live"));
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "unavailable"), await GetAsync(client, "/health/ready"));
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "unavailable"), await GetAsync(client, "/health"));
        }
        finally
        {
            ClaimGraphApp.TryDelete(folder);
        }
    }

    private static async Task<(HttpStatusCode, string?)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, (string?)body!["status"]);
    }
}
