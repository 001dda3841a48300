using System.Text.Json;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Paging;
using ClaimGraph.Store.Sqlite.Records;
using ClaimGraph.Store.Sqlite.Search;

namespace ClaimGraph.Store.Sqlite.Queries;

internal static class ActorQueries
{
    public static PagedSql Build(ActorQuery query, SortOrder order)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new SqlFilter();
        TextFilter.Apply(filter, query.Text, NodeKind.Actor, "a.id");
        if (query.Kinds is { Count: > 0 } kinds)
            filter.AddAnyOf("a.kind", "@kinds", kinds);
        if (query.AffiliationId is not null)
            filter.Add("a.affiliation_id = @affiliation_id", "@affiliation_id", query.AffiliationId);
        if (query.ScopeSourceId is not null)
            filter.Add("a.scope_source_id = @scope_source_id", "@scope_source_id", query.ScopeSourceId);

        return new PagedSql(order.ToString(), ActorRows.Columns("a"), "actors a", "a.id", filter, SortKeys(order));
    }

    private static SortKey[] SortKeys(SortOrder order) => order switch
    {
        SortOrder.NameAscending => [new("a.sort_name")],
        SortOrder.NameDescending => [new("a.sort_name", Descending: true)],
        SortOrder.NewestFirst => [new("a.seq", Descending: true)],
        SortOrder.OldestFirst => [new("a.seq")],
        _ => [],
    };
}
