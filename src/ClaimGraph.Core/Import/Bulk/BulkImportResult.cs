namespace ClaimGraph.Core.Import.Bulk;

/// <summary>
/// What a bulk import run wrote; <see cref="ResumedAtLine"/> is 0 unless it continued an interrupted run.
/// <see cref="BulkPhase"/> tells whether the store deferred index upkeep, <see cref="Rebuild"/> how long catching up took (part of <see cref="Elapsed"/>).
/// </summary>
public sealed record BulkImportResult(
    long Actors, long Sources, long Claims, long Statements, long ClaimLinks, long Lines, long ResumedAtLine, int Batches, TimeSpan Elapsed,
    bool BulkPhase = false, TimeSpan Rebuild = default)
{
    public long Records => Actors + Sources + Claims + Statements + ClaimLinks;
}
