namespace ClaimGraph.Server.Copying;

/// <summary>
/// One pass over a kind of record. <paramref name="CopyBatchAsync"/> reads the page after a source
/// cursor, writes it to the target in one transaction and says how far it got.
/// </summary>
public sealed record CopyPhase(string Name, Func<string?, CancellationToken, Task<CopyStep>> CopyBatchAsync);
