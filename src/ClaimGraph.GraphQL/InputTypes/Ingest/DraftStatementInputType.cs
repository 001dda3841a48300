using ClaimGraph.GraphQL.Inputs.Ingest;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes.Ingest;

public sealed class DraftStatementInputType : InputObjectGraphType<DraftStatementInput>
{
    public DraftStatementInputType()
    {
        Name = "DraftStatementInput";
        Field(s => s.Ref);
        Field(s => s.SpeakerRef);
        Field(s => s.ClaimRef);
        Field(s => s.Stance, type: typeof(NonNullGraphType<StanceType>));
        Field(s => s.Quote).Description("Must equal the source text at span.");
        Field(s => s.Span, type: typeof(NonNullGraphType<TextSpanInputType>));
        Field(s => s.RelayedByRef, nullable: true);
        Field(s => s.RelayedThroughRef, nullable: true);
        Field(s => s.Note, nullable: true);
    }
}
