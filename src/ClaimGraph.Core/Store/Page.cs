namespace ClaimGraph.Core.Store;

/// <summary>
/// One page of results; each item comes with the cursor that resumes after it. <see cref="TotalCount"/> counts
/// the matches on all pages, or is -1 when the request did not ask for it (<see cref="PageRequest.CountTotal"/>).
/// </summary>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, int TotalCount, bool HasNextPage, bool HasPreviousPage);
