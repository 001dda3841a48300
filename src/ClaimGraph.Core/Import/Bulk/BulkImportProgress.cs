namespace ClaimGraph.Core.Import.Bulk;

/// <summary>After each committed batch: where the import is in the file, and what this run has written.</summary>
public sealed record BulkImportProgress(long Line, long ByteOffset, long FileLength, long Records, long Statements, TimeSpan Elapsed)
{
    public double StatementsPerSecond => Elapsed.TotalSeconds > 0 ? Statements / Elapsed.TotalSeconds : 0;
}
