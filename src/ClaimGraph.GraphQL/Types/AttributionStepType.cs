using ClaimGraph.Core.Services;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class AttributionStepType : ObjectGraphType<AttributionStep>
{
    public AttributionStepType()
    {
        Name = "AttributionStep";
        Description = "One link of an attribution chain; exactly one of actor, statement and source is set.";
        Field<NonNullGraphType<AttributionRoleType>>("role").Resolve(ctx => ctx.Source.Role);
        Field<ActorType>("actor").Resolve(ctx => ctx.Source.Actor);
        Field<StatementType>("statement").Resolve(ctx => ctx.Source.Statement);
        Field<SourceType>("source").Resolve(ctx => ctx.Source.Source);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The name, title or quote of the node, for display.")
            .Resolve(ctx => ctx.Source.Actor?.Name ?? ctx.Source.Source?.Title ?? ctx.Source.Statement?.Quote ?? ctx.Source.Statement?.Id ?? "");
    }
}
