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
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Statements.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements").Resolve(ctx => ctx.Source.Statements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("actors").Resolve(ctx => ctx.Loaders().Actor.LoadMany(ctx.Source.ActorIds));
    }
}
