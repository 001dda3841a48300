using ClaimGraph.Core.Services;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class GraphSliceType : ObjectGraphType<GraphSlice>
{
    public GraphSliceType()
    {
        Name = "GraphSlice";
        Description = "A subgraph for visualisation: nodes and the edges between them (every edge's ends are in nodes), ready for Cytoscape.js, vis-network or D3.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeObjectType>>>>("edges").Resolve(ctx => ctx.Source.Edges);
        Field(s => s.Truncated).Description("True when the node limit left out nodes that the depth would have reached.");
    }
}
