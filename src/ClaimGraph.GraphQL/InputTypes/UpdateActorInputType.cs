using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class UpdateActorInputType : InputObjectGraphType<UpdateActorInput>
{
    public UpdateActorInputType()
    {
        Name = "UpdateActorInput";
        Description = "Omitted fields stay as they are; an empty string clears description, affiliation or role; aliases, when given, replace the list.";
        Field(a => a.Name, nullable: true);
        Field(a => a.Language, nullable: true);
        Field(a => a.Kind, type: typeof(ActorKindType));
        Field(a => a.Aliases, type: typeof(ListGraphType<NonNullGraphType<AliasInputType>>));
        Field(a => a.Description, nullable: true);
        Field(a => a.Affiliation, type: typeof(IdGraphType));
        Field(a => a.Role, nullable: true);
    }
}
