using System.Text.Json;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Paging;
using ClaimGraph.Store.Sqlite.Records;
using ClaimGraph.Store.Sqlite.Search;

namespace ClaimGraph.Store.Sqlite.Queries;

internal static class StatementQueries
{
    // The statement's own time, else its source's publication time (maintained by triggers in the schema).
    private const string When = "s.effective_at";

    public static PagedSql Build(StatementQuery query, SortOrder order)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new SqlFilter();
        TextFilter.Apply(filter, query.Text, NodeKind.Statement, "s.id");
        if (query.Stances is { Count: > 0 } stances)
            filter.AddAnyOf("s.stance", "@stances", stances);
        if (query.ActorId is not null)
            filter.Add("s.actor_id = @actor_id", "@actor_id", query.ActorId);
        if (query.ClaimId is not null)
            filter.Add("s.claim_id = @claim_id", "@claim_id", query.ClaimId);
        if (query.SourceId is not null)
            filter.Add("s.source_id = @source_id", "@source_id", query.SourceId);
        if (query.From is not null)
            filter.Add($"{When} >= @from", "@from", TimeText.Utc(query.From));
        if (query.To is not null)
            filter.Add($"{When} <= @to", "@to", TimeText.Utc(query.To));

        return new PagedSql(order.ToString(), StatementRows.Columns("s"),
            "statements s", "s.id", filter, SortKeys(order));
    }

    // Statements have no name; the name orders fall back to their ids.
    private static SortKey[] SortKeys(SortOrder order) => order switch
    {
        SortOrder.NameAscending => [],
        SortOrder.NameDescending => [new("s.id", Descending: true)],
        SortOrder.NewestFirst => [new(When, Descending: true, Nullable: true)],
        SortOrder.OldestFirst => [new(When, Nullable: true)],
        _ => [],
    };
}
