using ClaimGraph.GraphQL.Inputs;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class RecordClaimInputType : InputObjectGraphType<RecordClaimInput>
{
    public RecordClaimInputType()
    {
        Name = "RecordClaimInput";
        Field(c => c.Key, nullable: true).Description("Generated when omitted.");
        Field(c => c.Text).Description("The proposition in its original language.");
        Field(c => c.Language).Description("BCP 47 tag.");
        Field(c => c.Translations, type: typeof(ListGraphType<NonNullGraphType<TranslationInputType>>));
        Field(c => c.Summary, nullable: true);
    }
}
