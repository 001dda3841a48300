using Xunit;

namespace ClaimGraph.Server.Tests.Api;

public sealed class RestartTests
{
    [Fact]
    public async Task Data_survives_a_restart_and_the_seed_is_not_loaded_twice()
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimgraph-tests", Guid.NewGuid().ToString("n"));
        try
        {
            string seeded;
            using (var first = new ClaimGraphApp(folder))
            {
                seeded = (await first.DataAsync("{ counts { actors claims sources statements claimLinks } }")).ToJsonString();
                await first.DataAsync("""mutation { createActor(input: { key: "new-actor", name: "ناشط جديد", language: "ar", kind: PERSON }) { id } }""");
            }

            Assert.True(File.Exists(Path.Combine(folder, "claimgraph.db")));
            using var second = new ClaimGraphApp(folder);
            var data = await second.DataAsync("""{ actor(id: "new-actor") { name } counts { statements claims } }""");
            Assert.Equal("ناشط جديد", (string?)data["actor"]!["name"]);
            Assert.Contains("\"statements\":27", seeded, StringComparison.Ordinal);
            Assert.Equal(27, (int)data["counts"]!["statements"]!);
        }
        finally
        {
            ClaimGraphApp.TryDelete(folder);
        }
    }
}
