using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Draft;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types.Ingest;

public sealed class DraftStatementType : ObjectGraphType<DraftStatement>
{
    public DraftStatementType()
    {
        Name = "DraftStatement";
        Description = "A proposed statement: speaker and claim by ref, the stance, and the evidence with its span in the source text.";
        Field(s => s.Ref);
        Field(s => s.SpeakerRef);
        Field(s => s.ClaimRef);
        Field(s => s.Stance, type: typeof(NonNullGraphType<StanceType>));
        Field(s => s.Quote);
        Field<NonNullGraphType<TextSpanType>>("span").Resolve(ctx => new TextSpan(ctx.Source.Start, ctx.Source.End));
        Field(s => s.RelayedByRef, nullable: true).Description("Ref of the actor who passed the words on.");
        Field(s => s.RelayedThroughRef, nullable: true).Description("Ref of the statement whose words carried this one.");
        Field(s => s.Note, nullable: true);
    }
}
