using ClaimGraph.Core.Services;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class StanceCellType : ObjectGraphType<StanceCell>
{
    public StanceCellType()
    {
        Name = "StanceCell";
        Description = "How many statements by one actor on one claim take one stance.";
        Field<NonNullGraphType<IdGraphType>>("actor").Description("The actor's global id.").Resolve(ctx => ctx.Source.Actor);
        Field<NonNullGraphType<IdGraphType>>("claim").Description("The claim's global id.").Resolve(ctx => ctx.Source.Claim);
        Field<NonNullGraphType<StanceType>>("stance").Resolve(ctx => ctx.Source.Stance);
        Field(c => c.Count);
    }
}
