using ClaimGraph.Core.Store;

namespace ClaimGraph.GraphQL.Schema;

/// <summary>A page of the store shaped as a Relay connection.</summary>
public sealed record Connection<T>(Page<T> Page)
{
    public PageInfo PageInfo => new(Page.HasNextPage, Page.HasPreviousPage,
        Page.Items.Count > 0 ? Page.Items[0].Cursor : null,
        Page.Items.Count > 0 ? Page.Items[^1].Cursor : null);
}
