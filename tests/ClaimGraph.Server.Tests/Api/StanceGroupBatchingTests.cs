using System.Text;
using ClaimGraph.Core.Import;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>A claim's stance groups list their statements from one store call, each group still capped on its own.</summary>
public sealed class StanceGroupBatchingTests : IDisposable
{
    private readonly ClaimGraphApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Every_stance_group_of_every_claim_is_read_with_one_call_and_its_own_limit()
    {
        // Per claim: three assertions with the lowest ids, then two denials; first: 2 must still list both denials.
        var lines = new StringBuilder();
        foreach (var c in new[] { "sg-1", "sg-2" })
        {
            lines.AppendLine($$"""{"type":"claim","id":"{{c}}","text":"claim {{c}}","language":"en"}""");
            for (var i = 1; i <= 3; i++)
                lines.AppendLine($$"""{"type":"statement","id":"{{c}}-a{{i}}","actor":"sdf","claim":"{{c}}","stance":"ASSERTS","source":"baladi-raqqa-negotiations"}""");
            for (var i = 1; i <= 2; i++)
                lines.AppendLine($$"""{"type":"statement","id":"{{c}}-d{{i}}","actor":"jonathan-braga","claim":"{{c}}","stance":"DENIES","source":"baladi-raqqa-negotiations"}""");
        }

        await _app.Services.GetRequiredService<GraphImporter>().ImportAsync(ImportReader.Parse(lines.ToString().Split('\n')));

        _app.Store.Reset();
        var data = await _app.DataAsync("""
            { one: claim(id: "sg-1") { stances { stance statements(first: 2) { key } } }
              two: claim(id: "sg-2") { stances { stance statements(first: 2) { key } } } }
            """);

        Assert.Equal(
            """{"stances":[{"stance":"ASSERTS","statements":[{"key":"sg-1-a1"},{"key":"sg-1-a2"}]},{"stance":"DENIES","statements":[{"key":"sg-1-d1"},{"key":"sg-1-d2"}]}]}""",
            data["one"]!.ToJsonString());
        Assert.Equal(
            """{"stances":[{"stance":"ASSERTS","statements":[{"key":"sg-2-a1"},{"key":"sg-2-a2"}]},{"stance":"DENIES","statements":[{"key":"sg-2-d1"},{"key":"sg-2-d2"}]}]}""",
            data["two"]!.ToJsonString());
        Assert.Equal(1, _app.Store.Calls.GetValueOrDefault("GetFirstStatementsByStanceClaim"));
        Assert.False(_app.Store.Calls.ContainsKey("GetFirstStatementsByClaim"), string.Join(", ", _app.Store.Calls));
    }
}
