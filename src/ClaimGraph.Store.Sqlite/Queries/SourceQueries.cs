using System.Text.Json;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Paging;
using ClaimGraph.Store.Sqlite.Records;
using ClaimGraph.Store.Sqlite.Search;

namespace ClaimGraph.Store.Sqlite.Queries;

internal static class SourceQueries
{
    public static PagedSql Build(SourceQuery query, SortOrder order)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new SqlFilter();
        TextFilter.Apply(filter, query.Text, NodeKind.Source, "so.id");
        if (query.Kinds is { Count: > 0 } kinds)
            filter.AddAnyOf("so.kind", "@kinds", kinds);
        if (query.Language is not null)
            filter.Add("so.language = @language", "@language", query.Language);
        if (query.PublisherId is not null)
            filter.Add("so.publisher_id = @publisher_id", "@publisher_id", query.PublisherId);
        if (query.PublishedFrom is not null)
            filter.Add("so.published_at >= @published_from", "@published_from", TimeText.Utc(query.PublishedFrom));
        if (query.PublishedTo is not null)
            filter.Add("so.published_at <= @published_to", "@published_to", TimeText.Utc(query.PublishedTo));

        return new PagedSql(order.ToString(), SourceRows.Columns("so"), "sources so", "so.id", filter, SortKeys(order));
    }

    private static SortKey[] SortKeys(SortOrder order) => order switch
    {
        SortOrder.NameAscending => [new("so.sort_title")],
        SortOrder.NameDescending => [new("so.sort_title", Descending: true)],
        SortOrder.NewestFirst => [new("so.published_at", Descending: true, Nullable: true)],
        SortOrder.OldestFirst => [new("so.published_at", Nullable: true)],
        _ => [],
    };
}
