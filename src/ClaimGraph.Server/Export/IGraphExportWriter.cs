using ClaimGraph.Core.Services;

namespace ClaimGraph.Server.Export;

/// <summary>Writes a <see cref="GraphSlice"/> in one file format.</summary>
public interface IGraphExportWriter
{
    Task WriteAsync(GraphSlice slice, Stream output, CancellationToken ct);
}
