using ClaimGraph.GraphQL.Inputs;
using ClaimGraph.GraphQL.Types;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes;

public sealed class RecordStatementInputType : InputObjectGraphType<RecordStatementInput>
{
    public RecordStatementInputType()
    {
        Name = "RecordStatementInput";
        Field(s => s.Key, nullable: true).Description("Generated when omitted.");
        Field(s => s.Actor, type: typeof(NonNullGraphType<IdGraphType>)).Description("Who takes the stance.");
        Field(s => s.Claim, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.Stance, type: typeof(NonNullGraphType<StanceType>));
        Field(s => s.Source, type: typeof(NonNullGraphType<IdGraphType>)).Description("Where it was reported.");
        Field(s => s.Quote, nullable: true).Description("The words, verbatim from the source.");
        Field(s => s.Span, type: typeof(TextSpanInputType)).Description("Where the quote sits in the source's text; checked against it.");
        Field(s => s.StatedAt, nullable: true);
        Field(s => s.RelayedThrough, type: typeof(IdGraphType)).Description("The statement whose words carried this one.");
        Field(s => s.RelayedBy, type: typeof(IdGraphType)).Description("The outlet or person that passed the words on.");
        Field(s => s.OriginSource, type: typeof(IdGraphType)).Description("The document the words first appeared in.");
        Field(s => s.Note, nullable: true);
    }
}
