namespace ClaimGraph.Core.Import.Bulk;

/// <summary>What a bulk import run wrote; <see cref="ResumedAtLine"/> is 0 unless it continued an interrupted run.</summary>
public sealed record BulkImportResult(
    long Actors, long Sources, long Claims, long Statements, long ClaimLinks, long Lines, long ResumedAtLine, int Batches, TimeSpan Elapsed)
{
    public long Records => Actors + Sources + Claims + Statements + ClaimLinks;
}
