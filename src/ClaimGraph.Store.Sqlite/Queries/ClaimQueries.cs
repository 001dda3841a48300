using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Paging;
using ClaimGraph.Store.Sqlite.Records;
using ClaimGraph.Store.Sqlite.Search;

namespace ClaimGraph.Store.Sqlite.Queries;

internal static class ClaimQueries
{
    public static PagedSql Build(ClaimQuery query, SortOrder order)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new SqlFilter();
        TextFilter.Apply(filter, query.Text, NodeKind.Claim, "c.id");
        if (query.Language is not null)
            filter.Add("c.language = @language", "@language", query.Language);

        // Actor, source and stance must all hold for one and the same statement.
        var onStatement = new List<string>();
        if (query.ActorId is not null)
        {
            onStatement.Add("s.actor_id = @actor_id");
            filter.Bind("@actor_id", query.ActorId);
        }

        if (query.SourceId is not null)
        {
            onStatement.Add("s.source_id = @source_id");
            filter.Bind("@source_id", query.SourceId);
        }

        if (query.Stance is { } stance)
        {
            onStatement.Add("s.stance = @stance");
            filter.Bind("@stance", stance.ToString());
        }

        if (onStatement.Count > 0)
            filter.Add($"EXISTS (SELECT 1 FROM statements s WHERE s.claim_id = c.id AND {string.Join(" AND ", onStatement)})");

        return new PagedSql(order.ToString(), ClaimRows.Columns("c"), "claims c", "c.id", filter, SortKeys(order));
    }

    private static SortKey[] SortKeys(SortOrder order) => order switch
    {
        SortOrder.NameAscending => [new("c.sort_text")],
        SortOrder.NameDescending => [new("c.sort_text", Descending: true)],
        SortOrder.NewestFirst => [new("c.seq", Descending: true)],
        SortOrder.OldestFirst => [new("c.seq")],
        _ => [],
    };
}
