namespace ClaimGraph.Store.Sqlite.Paging;

/// <summary>
/// One ORDER BY term of a keyset page. Nulls sort last; rows with equal keys tie-break on id ascending.
/// <see cref="Nullable"/> is false for NOT NULL columns, which lets the keyset condition seek an index.
/// </summary>
internal sealed record SortKey(string Expression, bool Descending = false, bool Nullable = false);
