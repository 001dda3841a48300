using ClaimGraph.Core.Store;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class GraphCountsType : ObjectGraphType<GraphCounts>
{
    public GraphCountsType()
    {
        Name = "GraphCounts";
        Field(c => c.Actors);
        Field(c => c.Claims);
        Field(c => c.Sources);
        Field(c => c.Statements);
        Field(c => c.ClaimLinks);
    }
}
