namespace ClaimGraph.Core.Store;

/// <summary>Keyset paging: <see cref="After"/> is an opaque cursor from a previous page.</summary>
public sealed record PageRequest(int First, string? After = null, SortOrder Order = SortOrder.Default);
