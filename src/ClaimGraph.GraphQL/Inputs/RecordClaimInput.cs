namespace ClaimGraph.GraphQL.Inputs;

public sealed record RecordClaimInput(string Text, string Language, string? Key = null, List<TranslationInput>? Translations = null, string? Summary = null);
