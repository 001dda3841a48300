using ClaimGraph.Ingest.Draft;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types.Ingest;

public sealed class ExtractionDraftType : ObjectGraphType<ExtractionDraft>
{
    public ExtractionDraftType()
    {
        Name = "ExtractionDraft";
        Description = "What an article appears to say, to review, edit and send back to commitExtraction. Nothing is stored until then.";
        Field(d => d.Source, type: typeof(NonNullGraphType<DraftSourceType>));
        Field(d => d.Actors, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DraftActorType>>>));
        Field(d => d.Claims, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DraftClaimType>>>));
        Field(d => d.Statements, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DraftStatementType>>>));
        Field(d => d.Warnings, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>));
    }
}
