using System.Text;
using ClaimGraph.Core.Import;
using ClaimGraph.Server.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace ClaimGraph.Server.Tests.Dashboards;

public sealed class GraphSliceBatchingTests(ITestOutputHelper output) : IDisposable
{
    private const string Query = """
        query($depth: Int) { graph(actors: ["sdf"], depth: $depth, limit: 2000) { truncated nodes { id } edges { id } } }
        """;

    private readonly ClaimGraphApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Store_calls_grow_with_depth_not_with_the_number_of_nodes()
    {
        await ImportAsync(0, 10);
        var small = await MeasureAsync();
        await ImportAsync(10, 100);
        var large = await MeasureAsync();

        for (var depth = 0; depth <= 3; depth++)
            output.WriteLine($"depth {depth}: {small[depth].Calls} store calls for {small[depth].Nodes} nodes, {large[depth].Calls} for {large[depth].Nodes}");

        // 90 more claims, their 90 deniers and the deniers' 90 other claims.
        Assert.Equal(small[3].Nodes + 270, large[3].Nodes);
        for (var depth = 1; depth <= 3; depth++)
            Assert.Equal(small[depth].Calls, large[depth].Calls);
        Assert.True(small[1].Calls < small[2].Calls && small[2].Calls < small[3].Calls, string.Join(", ", small.Select(s => s.Calls)));
        Assert.True(large[3].Calls <= 3 + (3 * 7) + 1, $"{large[3].Calls} store calls at depth 3: {string.Join(", ", _app.Store.Calls)}");
    }

    private async Task<(int Calls, int Nodes)[]> MeasureAsync()
    {
        var results = new (int, int)[4];
        for (var depth = 0; depth <= 3; depth++)
        {
            _app.Store.Reset();
            var data = await _app.DataAsync(Query, new { depth });
            Assert.False((bool)data["graph"]!["truncated"]!);
            results[depth] = (_app.Store.Total, data["graph"]!["nodes"]!.AsArray().Count);
        }

        return results;
    }

    // Each bulk claim is asserted by the SDF and denied by an actor of its own, who also asserts a second claim of
    // its own. Depth 1 reaches the SDF's claims and the article; depth 2, through the article's statements, everything.
    private async Task ImportAsync(int from, int to)
    {
        var lines = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            lines.AppendLine($$"""{"type":"actor","id":"bulk-actor-{{i:D3}}","name":"فاعل {{i}}","language":"ar","kind":"PERSON"}""");
            lines.AppendLine($$"""{"type":"claim","id":"bulk-{{i:D3}}","text":"ادعاء رقم {{i}}","language":"ar"}""");
            lines.AppendLine($$"""{"type":"claim","id":"bulk-other-{{i:D3}}","text":"ادعاء آخر رقم {{i}}","language":"ar"}""");
            lines.AppendLine($$"""{"type":"statement","id":"bulk-a-{{i:D3}}","actor":"sdf","claim":"bulk-{{i:D3}}","stance":"ASSERTS","source":"baladi-raqqa-negotiations"}""");
            lines.AppendLine($$"""{"type":"statement","id":"bulk-d-{{i:D3}}","actor":"bulk-actor-{{i:D3}}","claim":"bulk-{{i:D3}}","stance":"DENIES","source":"baladi-raqqa-negotiations"}""");
            lines.AppendLine($$"""{"type":"statement","id":"bulk-o-{{i:D3}}","actor":"bulk-actor-{{i:D3}}","claim":"bulk-other-{{i:D3}}","stance":"ASSERTS","source":"baladi-raqqa-negotiations"}""");
        }

        await _app.Services.GetRequiredService<GraphImporter>().ImportAsync(ImportReader.Parse(lines.ToString().Split('\n')));
    }
}
