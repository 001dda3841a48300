namespace ClaimGraph.Core.Store;

/// <summary>
/// Keyset paging: <see cref="After"/> is an opaque cursor from a previous page. With <see cref="CountTotal"/>
/// false the store may skip counting every match (the page's <see cref="Page{T}.TotalCount"/> is then -1):
/// for a filter with a hundred thousand matches the count costs more than the page.
/// </summary>
public sealed record PageRequest(int First, string? After = null, SortOrder Order = SortOrder.Default, bool CountTotal = true);
