using ClaimGraph.GraphQL.Inputs.Ingest;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes.Ingest;

public sealed class DraftClaimInputType : InputObjectGraphType<DraftClaimInput>
{
    public DraftClaimInputType()
    {
        Name = "DraftClaimInput";
        Field(c => c.Ref);
        Field(c => c.Text);
        Field(c => c.Language);
        Field(c => c.ExistingClaimId, type: typeof(IdGraphType)).Description("A stored claim to attach the statements to instead of creating this one.");
    }
}
