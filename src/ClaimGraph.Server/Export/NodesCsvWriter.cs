using ClaimGraph.Core.Services;

namespace ClaimGraph.Server.Export;

/// <summary>Nodes as RFC 4180 CSV with the column names Gephi's spreadsheet import recognises (Id, Label), then attributes.</summary>
public sealed class NodesCsvWriter : IGraphExportWriter
{
    public Task WriteAsync(GraphSlice slice, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var rows = slice.Nodes.Select(n => CsvText.Row(
            n.Id, n.Label, n.Kind.ToString().ToUpperInvariant(), n.Subkind, n.Language,
            n.Anonymous ? "true" : "false", n.Contested ? "true" : "false"));
        return CsvText.WriteRowsAsync(output, rows.Prepend(CsvText.Row("Id", "Label", "nodeType", "kind", "language", "anonymous", "contested")), ct);
    }
}
