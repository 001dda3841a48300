namespace ClaimGraph.GraphQL.Inputs.Ingest;

public sealed record ExtractionDraftInput(
    DraftSourceInput Source,
    List<DraftActorInput> Actors,
    List<DraftClaimInput> Claims,
    List<DraftStatementInput> Statements);
