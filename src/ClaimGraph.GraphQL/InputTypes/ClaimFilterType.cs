using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class ClaimFilterType : InputObjectGraphType<ClaimFilter>
{
    public ClaimFilterType()
    {
        Name = "ClaimFilter";
        Description = "All given conditions must hold; actor, source and stance select claims with a statement matching all three.";
        Field(f => f.Text, nullable: true).Description("Words in the claim or a translation, folded for Arabic and Latin variants.");
        Field(f => f.Language, nullable: true);
        Field(f => f.Actor, type: typeof(IdGraphType));
        Field(f => f.Source, type: typeof(IdGraphType));
        Field(f => f.Stance, type: typeof(StanceType));
    }
}
