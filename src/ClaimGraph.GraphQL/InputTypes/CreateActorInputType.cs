using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class CreateActorInputType : InputObjectGraphType<CreateActorInput>
{
    public CreateActorInputType()
    {
        Name = "CreateActorInput";
        Field(a => a.Key, nullable: true).Description("The key to use (letters, digits, '.', '_', '-'); generated when omitted.");
        Field(a => a.Name).Description("The name in its original script.");
        Field(a => a.Language).Description("BCP 47 tag of the name's language.");
        Field(a => a.Kind, type: typeof(NonNullGraphType<ActorKindType>));
        Field(a => a.Aliases, type: typeof(ListGraphType<NonNullGraphType<AliasInputType>>));
        Field(a => a.Description, nullable: true);
        Field(a => a.Affiliation, type: typeof(IdGraphType));
        Field(a => a.Role, nullable: true);
        Field(a => a.ScopeSource, type: typeof(IdGraphType)).Description("Required for ANONYMOUS_SOURCE: the source that cites it.");
    }
}
