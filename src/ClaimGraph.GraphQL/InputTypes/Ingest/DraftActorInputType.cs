using ClaimGraph.GraphQL.Inputs.Ingest;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes.Ingest;

public sealed class DraftActorInputType : InputObjectGraphType<DraftActorInput>
{
    public DraftActorInputType()
    {
        Name = "DraftActorInput";
        Field(a => a.Ref);
        Field(a => a.Name);
        Field(a => a.Language);
        Field(a => a.Kind, type: typeof(NonNullGraphType<ActorKindType>));
        Field(a => a.MatchedActorId, type: typeof(IdGraphType)).Description("A stored actor this one is: nothing new is written for it.");
        Field(a => a.Role, nullable: true);
        Field(a => a.Description, nullable: true);
    }
}
