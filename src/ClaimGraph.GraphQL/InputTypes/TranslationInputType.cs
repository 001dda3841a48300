using ClaimGraph.GraphQL.Inputs;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class TranslationInputType : InputObjectGraphType<TranslationInput>
{
    public TranslationInputType()
    {
        Name = "TranslationInput";
        Field(t => t.Language).Description("BCP 47 tag, e.g. en.");
        Field(t => t.Text);
    }
}
