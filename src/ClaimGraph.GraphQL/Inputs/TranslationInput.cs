namespace ClaimGraph.GraphQL.Inputs;

public sealed record TranslationInput(string Language, string Text);
