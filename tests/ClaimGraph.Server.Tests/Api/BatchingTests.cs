using System.Text;
using ClaimGraph.Core.Import;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace ClaimGraph.Server.Tests.Api;

public sealed class BatchingTests(ITestOutputHelper output) : IDisposable
{
    private const string DeepQuery = """
        query($first: Int) { claims(first: $first) { nodes {
          key isContested assertedBy { key } deniedBy { key name }
          stances { stance actors { key } }
          links { claim { key } }
          statements { key actor { key name affiliation { key } } source { key publisher { key } author { key } }
                       relayedBy { key } relayedThrough { key } attribution { role label } }
        } } }
        """;

    // The deep query is far over the default complexity limit, which is not what this test is about.
    private readonly ClaimGraphApp _app = new(settings: new Dictionary<string, string> { ["ClaimGraph:GraphQL:MaxComplexity"] = "10000000" });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_query_over_100_claims_makes_a_fixed_number_of_store_calls()
    {
        await ImportExtraClaimsAsync(100);

        _app.Store.Reset();
        var ten = await _app.DataAsync(DeepQuery, new { first = 10 });
        var callsForTen = _app.Store.Total;

        _app.Store.Reset();
        var hundred = await _app.DataAsync(DeepQuery, new { first = 100 });
        var callsForHundred = _app.Store.Total;

        output.WriteLine($"store calls for 10 claims: {callsForTen}; for 100 claims: {callsForHundred} ({string.Join(", ", _app.Store.Calls)})");
        Assert.Equal(100, hundred["claims"]!["nodes"]!.AsArray().Count);
        Assert.Equal(10, ten["claims"]!["nodes"]!.AsArray().Count);
        Assert.True(callsForHundred <= 12, $"{callsForHundred} store calls: {string.Join(", ", _app.Store.Calls)}");
        Assert.Equal(callsForTen, callsForHundred);
    }

    private async Task ImportExtraClaimsAsync(int count)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            lines.AppendLine($$"""{"type":"claim","id":"bulk-{{i:D3}}","text":"ادعاء رقم {{i}}","language":"ar"}""");
            lines.AppendLine($$"""{"type":"statement","id":"bulk-a-{{i:D3}}","actor":"sdf","claim":"bulk-{{i:D3}}","stance":"ASSERTS","source":"baladi-raqqa-negotiations"}""");
            lines.AppendLine($$"""{"type":"statement","id":"bulk-d-{{i:D3}}","actor":"jonathan-braga","claim":"bulk-{{i:D3}}","stance":"DENIES","source":"baladi-raqqa-negotiations","relayedThrough":"bulk-a-{{i:D3}}"}""");
        }

        var importer = _app.Services.GetRequiredService<GraphImporter>();
        await importer.ImportAsync(ImportReader.Parse(lines.ToString().Split('\n')));
    }
}
