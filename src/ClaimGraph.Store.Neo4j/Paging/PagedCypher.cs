using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Transport;

namespace ClaimGraph.Store.Neo4j.Paging;

/// <summary>
/// A keyset-paged query over one label: nodes <see cref="Variable"/>:<see cref="Label"/> matching the
/// filter, ordered by <see cref="Keys"/> then id. <see cref="Order"/> names the ordering so that a
/// cursor cannot be replayed against another one.
/// </summary>
internal sealed record PagedCypher(string Order, string Label, string Variable, string Projection, CypherFilter Filter, IReadOnlyList<SortKey> Keys)
{
    /// <summary>
    /// One statement that answers the filtered total and the page after the cursor. The total comes
    /// from an aggregation over the MATCH; the page from an OPTIONAL MATCH, so an empty page still
    /// answers one row with its total.
    /// </summary>
    public CypherStatement Build(Cursor? cursor, int limit)
    {
        var v = Variable;
        var where = Filter.Where($"{v}.seq IS NOT NULL");
        var after = cursor is null ? where : $"{where} AND {After(cursor, 0)}";
        var carried = Filter.Carried is null ? "" : $"{Filter.Carried}, ";
        var keyColumns = string.Concat(Keys.Select((k, i) => $", {k.Expression} AS k{i}"));
        var orderBy = string.Concat(Keys.Select((k, i) =>
            (k.Descending && k.Nullable ? $"k{i} IS NULL, " : "") + $"k{i} {(k.Descending ? "DESC" : "ASC")}, "));
        var keyList = string.Join(", ", Keys.Select((_, i) => $"k{i}"));

        var text = $"""
            {Filter.Prelude}
            MATCH ({v}:{Label}) WHERE {where}
            WITH {carried}count({v}) AS pageTotal
            OPTIONAL MATCH ({v}:{Label}) WHERE {after}
            WITH pageTotal, {v}{keyColumns}
            ORDER BY {orderBy}{v}.id ASC
            LIMIT $pageLimit
            RETURN pageTotal, collect(CASE WHEN {v} IS NULL THEN null ELSE {"{"}node: {Projection}, keys: [{keyList}], id: {v}.id{"}"} END) AS pageRows
            """;

        var parameters = new Dictionary<string, object?>(Filter.Parameters, StringComparer.Ordinal) { ["pageLimit"] = (long)limit };
        if (cursor is not null)
        {
            parameters["cursorId"] = cursor.Id;
            for (var i = 0; i < cursor.Keys.Count; i++)
                parameters[$"cursor{i}"] = cursor.Keys[i];
        }

        return new CypherStatement(text.Trim(), parameters);
    }

    // Nodes strictly after the cursor in (keys..., id) order, nulls after every value.
    private string After(Cursor cursor, int i)
    {
        if (i == Keys.Count)
            return $"{Variable}.id > $cursorId";

        var key = Keys[i];
        var rest = After(cursor, i + 1);
        if (cursor.Keys[i] is null)
            return $"({key.Expression} IS NULL AND {rest})";

        var (from, beyond) = key.Descending ? ("<=", "<") : (">=", ">");
        var after = $"({key.Expression} {from} $cursor{i} AND ({key.Expression} {beyond} $cursor{i} OR {rest}))";
        return key.Nullable ? $"({after} OR {key.Expression} IS NULL)" : after;
    }
}
