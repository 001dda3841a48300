namespace ClaimGraph.Store.Sqlite.Paging;

/// <summary>
/// A keyset-paged query: rows of <see cref="From"/> matching <see cref="Filter"/>, selected as
/// <see cref="Columns"/> and ordered by <see cref="Keys"/> then <see cref="Id"/>.
/// <see cref="Order"/> names the ordering so a cursor cannot be replayed against another one.
/// </summary>
internal sealed record PagedSql(
    string Order,
    string Columns,
    string From,
    string Id,
    SqlFilter Filter,
    IReadOnlyList<SortKey> Keys,
    string With = "");
