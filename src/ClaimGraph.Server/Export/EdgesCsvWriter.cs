using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;

namespace ClaimGraph.Server.Export;

/// <summary>
/// Edges as RFC 4180 CSV with Gephi's column names (Id, Source, Target, Type = Directed, Label); the ClaimGraph
/// edge type is in edgeType, so it does not clash with Gephi's Type.
/// </summary>
public sealed class EdgesCsvWriter : IGraphExportWriter
{
    public Task WriteAsync(GraphSlice slice, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var rows = slice.Edges.Select(e => CsvText.Row(
            e.Id, e.Source, e.Target, "Directed", e.Label, EnumNames.Screaming(e.Kind),
            e.Stance is { } s ? EnumNames.Screaming(s) : null,
            e.StatementId is { } st ? GraphSliceIds.Of(NodeKind.Statement, st) : null));
        return CsvText.WriteRowsAsync(output, rows.Prepend(CsvText.Row("Id", "Source", "Target", "Type", "Label", "edgeType", "stance", "statement")), ct);
    }
}
