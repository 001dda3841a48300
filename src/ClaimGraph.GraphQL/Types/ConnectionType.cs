using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

/// <summary>A Relay connection: edges with cursors, the nodes alone, page info and the total count.</summary>
public sealed class ConnectionType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var nodeName = typeof(TNodeType).Name.Replace("Type", "", StringComparison.Ordinal);
        Name = $"{nodeName}Connection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many match the filter, on all pages.").Resolve(ctx => ctx.Source.Page.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges").Resolve(ctx => ctx.Source.Page.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Page.Items.Select(i => i.Node));
    }
}
