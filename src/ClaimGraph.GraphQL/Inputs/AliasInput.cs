namespace ClaimGraph.GraphQL.Inputs;

public sealed record AliasInput(string Name, string Language);
