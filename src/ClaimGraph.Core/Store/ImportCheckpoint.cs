namespace ClaimGraph.Core.Store;

/// <summary>
/// How far a bulk import of one file has committed: the byte offset and line just after the last
/// committed batch. Saved in the same transaction as the batch, so a crash never loses or repeats one.
/// </summary>
public sealed record ImportCheckpoint(string Key, long ByteOffset, long Line, long FileLength, long Records);
