using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class StanceGroupType : ObjectGraphType<StanceGroup>
{
    public StanceGroupType()
    {
        Name = "StanceGroup";
        Field<NonNullGraphType<StanceType>>("stance").Resolve(ctx => ctx.Source.Stance);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many statements take this stance (all of them, not only those listed).")
            .Resolve(ctx => ctx.Source.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements").Description(NestedStatements.Capped.Trim())
            .WithFirst()
            .Resolve(ctx => NestedStatements.LoadStance(ctx, StatementEdge.Claim, ctx.Source.ClaimId, ctx.Source.Stance));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("actors").Resolve(ctx => ctx.Loaders().Actor.LoadMany(ctx.Source.ActorIds));
    }
}
