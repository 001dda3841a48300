using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class ActorFilterType : InputObjectGraphType<ActorFilter>
{
    public ActorFilterType()
    {
        Name = "ActorFilter";
        Description = "All given conditions must hold.";
        Field(f => f.Text, nullable: true).Description("Words in the name or an alias; Arabic spelling variants and the article ال are folded.");
        Field(f => f.Kinds, type: typeof(ListGraphType<NonNullGraphType<ActorKindType>>));
        Field(f => f.Affiliation, type: typeof(IdGraphType));
        Field(f => f.ScopeSource, type: typeof(IdGraphType)).Description("Anonymous sources scoped to this source.");
    }
}
