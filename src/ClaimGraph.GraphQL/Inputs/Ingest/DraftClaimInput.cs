namespace ClaimGraph.GraphQL.Inputs.Ingest;

public sealed record DraftClaimInput(string Ref, string Text, string Language, string? ExistingClaimId = null);
