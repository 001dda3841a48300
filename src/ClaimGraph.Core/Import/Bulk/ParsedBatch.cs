namespace ClaimGraph.Core.Import.Bulk;

/// <summary>
/// A parsed batch on its way to the writer: where its last line ends, whether it is the file's last, and the references
/// that neither it nor an earlier batch of the run defines (the writer looks those up in the store).
/// </summary>
internal sealed record ParsedBatch(BulkBatch Batch, long EndOffset, long Line, bool Last, BatchReferences Unresolved);
