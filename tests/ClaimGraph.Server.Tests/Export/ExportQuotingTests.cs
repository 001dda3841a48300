using System.Text.Json.Nodes;
using ClaimGraph.Server.Tests.Api;
using Xunit;

namespace ClaimGraph.Server.Tests.Export;

/// <summary>Text with commas, quotes, line breaks and markup survives every export's quoting.</summary>
public sealed class ExportQuotingTests : IDisposable
{
    private const string Text = "He said \"no\", then\r\nleft <b>&</b> — قال \"لا\"، ثم غادر";

    private readonly ClaimGraphApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Awkward_text_round_trips_through_csv_graphml_and_json()
    {
        await _app.DataAsync("""
            mutation($input: RecordClaimInput!) { recordClaim(input: $input) { key } }
            """, new { input = new { key = "awkward", text = Text, language = "en" } });
        using var client = _app.CreateClient();

        var csv = Rfc4180Reader.Read(await client.GetStringAsync("/export/nodes.csv?claims=awkward&depth=0"));
        Assert.Equal(Text, csv[1][1]);

        var (document, problems) = GraphMLValidation.Parse(await client.GetStringAsync("/export/graph.graphml?claims=awkward&depth=0"));
        Assert.Empty(problems);
        Assert.Contains(document.Descendants(), e => e.Name.LocalName == "data" && e.Value == Text.Replace("\r\n", "\n", StringComparison.Ordinal));

        var cytoscape = JsonNode.Parse(await client.GetStringAsync("/export/cytoscape.json?claims=awkward&depth=0"))!;
        Assert.Equal(Text, (string?)cytoscape["elements"]!["nodes"]![0]!["data"]!["label"]);

        var jsonLd = JsonNode.Parse(await client.GetStringAsync("/export/claims.jsonld?claims=awkward&depth=0"))!;
        Assert.Equal(Text, (string?)jsonLd["@graph"]![0]!["text"]);
    }
}
