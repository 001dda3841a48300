namespace ClaimGraph.Core.Store;

/// <summary>One page of results; each item comes with the cursor that resumes after it.</summary>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, int TotalCount, bool HasNextPage, bool HasPreviousPage);
