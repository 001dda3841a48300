namespace ClaimGraph.Core.Import.Bulk;

/// <summary>After each committed batch: where the import is in the file, and what this run has written.</summary>
/// <remarks><see cref="Rebuilding"/>: every batch is committed and the store is rebuilding what the bulk phase deferred.</remarks>
public sealed record BulkImportProgress(long Line, long ByteOffset, long FileLength, long Records, long Statements, TimeSpan Elapsed, bool Rebuilding = false)
{
    public double StatementsPerSecond => Elapsed.TotalSeconds > 0 ? Statements / Elapsed.TotalSeconds : 0;
}
