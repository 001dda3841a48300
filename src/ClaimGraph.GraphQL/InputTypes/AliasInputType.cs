using ClaimGraph.GraphQL.Inputs;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class AliasInputType : InputObjectGraphType<AliasInput>
{
    public AliasInputType()
    {
        Name = "AliasInput";
        Field(a => a.Name);
        Field(a => a.Language).Description("BCP 47 tag, e.g. ar, en.");
    }
}
