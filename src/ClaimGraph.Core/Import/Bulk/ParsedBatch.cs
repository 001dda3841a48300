namespace ClaimGraph.Core.Import.Bulk;

/// <summary>A parsed batch on its way to the writer: where its last line ends, and whether it is the file's last.</summary>
internal sealed record ParsedBatch(BulkBatch Batch, long EndOffset, long Line, bool Last);
