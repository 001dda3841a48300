using ClaimGraph.Core.Store;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<PageItem<TNode>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = $"{typeof(TNodeType).Name.Replace("Type", "", StringComparison.Ordinal)}Edge";
        Field(e => e.Cursor).Description("Pass as 'after' to continue after this edge.");
        Field<NonNullGraphType<TNodeType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}
