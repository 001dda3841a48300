using System.Text.Json;
using ClaimGraph.Core.Services;

namespace ClaimGraph.Server.Export;

/// <summary>
/// Cytoscape.js JSON: <c>{"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}</c>, which
/// <c>cytoscape({elements})</c> and Cytoscape desktop's JSON import take as is.
/// </summary>
public sealed class CytoscapeJsonWriter : IGraphExportWriter
{
    public async Task WriteAsync(GraphSlice slice, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slice);
        await using var json = new Utf8JsonWriter(output, ExportJson.Options);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("name", "ClaimGraph");
        json.WriteBoolean("truncated", slice.Truncated);
        json.WriteEndObject();
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        foreach (var n in slice.Nodes)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", n.Id);
            json.WriteString("label", n.Label);
            json.WriteString("type", n.Kind.ToString().ToUpperInvariant());
            json.WriteString("kind", n.Subkind);
            json.WriteString("language", n.Language);
            json.WriteBoolean("anonymous", n.Anonymous);
            json.WriteBoolean("contested", n.Contested);
            json.WriteEndObject();
            json.WriteEndObject();
            await FlushSometimesAsync(json, output, ct);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var e in slice.Edges)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", e.Id);
            json.WriteString("source", e.Source);
            json.WriteString("target", e.Target);
            json.WriteString("type", EnumNames.Screaming(e.Kind));
            json.WriteString("label", e.Label);
            json.WriteString("stance", e.Stance is { } s ? EnumNames.Screaming(s) : null);
            json.WriteString("statement", e.StatementId is { } st ? GraphSliceIds.Of(Core.Model.NodeKind.Statement, st) : null);
            json.WriteEndObject();
            json.WriteEndObject();
            await FlushSometimesAsync(json, output, ct);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static async Task FlushSometimesAsync(Utf8JsonWriter json, Stream output, CancellationToken ct)
    {
        if (json.BytesPending > 32 * 1024)
        {
            await json.FlushAsync(ct);
            await output.FlushAsync(ct);
        }
    }
}
