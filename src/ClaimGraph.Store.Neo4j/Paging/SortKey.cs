namespace ClaimGraph.Store.Neo4j.Paging;

/// <summary>One ORDER BY term of a keyset page; nulls sort last, equal keys tie-break on id ascending.</summary>
internal sealed record SortKey(string Expression, bool Descending = false, bool Nullable = false);
