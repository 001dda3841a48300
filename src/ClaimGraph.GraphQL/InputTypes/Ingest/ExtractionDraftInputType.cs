using ClaimGraph.GraphQL.Inputs.Ingest;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.InputTypes.Ingest;

public sealed class ExtractionDraftInputType : InputObjectGraphType<ExtractionDraftInput>
{
    public ExtractionDraftInputType()
    {
        Name = "ExtractionDraftInput";
        Description = "A draft from extractArticle, as reviewed and edited by a person.";
        Field(d => d.Source, type: typeof(NonNullGraphType<DraftSourceInputType>));
        Field(d => d.Actors, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DraftActorInputType>>>));
        Field(d => d.Claims, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DraftClaimInputType>>>));
        Field(d => d.Statements, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DraftStatementInputType>>>));
    }
}
