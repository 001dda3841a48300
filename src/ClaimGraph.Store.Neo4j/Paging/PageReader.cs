using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Transport;

namespace ClaimGraph.Store.Neo4j.Paging;

/// <summary>Turns the (pageTotal, pageRows) answer of a paged statement into a <see cref="Page{T}"/> with a cursor per item.</summary>
internal static class PageReader
{
    public static Page<T> Read<T>(CypherResult result, PageRequest page, Cursor? cursor, string order, Func<object?, T> read)
    {
        if (result.Rows.Count == 0)
            return new Page<T>([], 0, false, cursor is not null);

        var total = (int)(long)result.Rows[0][0]!;
        var rows = (List<object?>)result.Rows[0][1]!;
        var items = new List<PageItem<T>>();
        foreach (var row in rows.Take(page.First))
        {
            var map = (Dictionary<string, object?>)row!;
            var keys = ((List<object?>)map["keys"]!).ToList();
            items.Add(new PageItem<T>(read(map["node"]), new Cursor(order, keys, (string)map["id"]!).Encode()));
        }

        return new Page<T>(items, total, rows.Count > page.First, cursor is not null);
    }
}
