using ClaimGraph.Core.Services;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class GraphChangeType : ObjectGraphType<GraphChange>
{
    public GraphChangeType()
    {
        Name = "GraphChange";
        Description = "A committed change: refetch what shows the ids.";
        Field(c => c.Kind).Description("ACTOR_CHANGED, SOURCE_RECORDED, CLAIM_RECORDED, STATEMENT_RECORDED, CLAIMS_LINKED or DELETED.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids").Description("Global ids of the nodes changed (a deletion lists what went with the node too).").Resolve(ctx => ctx.Source.Ids);
    }
}
