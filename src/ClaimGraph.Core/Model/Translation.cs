namespace ClaimGraph.Core.Model;

public sealed record Translation(string Language, string Text);
