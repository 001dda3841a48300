using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class GraphEdgeObjectType : ObjectGraphType<GraphSliceEdge>
{
    public GraphEdgeObjectType()
    {
        Name = "GraphEdge";
        Description = "An edge of a graph slice, between two of its nodes.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("For STANCE edges the statement's global id; otherwise derived from the type and the ends.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("source").Description("Global id of the node the edge leaves.").Resolve(ctx => ctx.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Description("Global id of the node the edge reaches.").Resolve(ctx => ctx.Source.Target);
        Field<NonNullGraphType<GraphEdgeKindType>>("type").Resolve(ctx => ctx.Source.Kind);
        Field<StanceType>("stance").Description("For STANCE edges.").Resolve(ctx => ctx.Source.Stance);
        Field(e => e.Label).Description("A short reading of the edge (\"denies\", \"reported in\", a role, \"contradicts\").");
        Field<IdGraphType>("statement").Description("For STANCE edges, the statement's global id.")
            .Resolve(ctx => ctx.Source.StatementId is { } id ? GlobalId.Of(NodeKind.Statement, id) : null);
    }
}
