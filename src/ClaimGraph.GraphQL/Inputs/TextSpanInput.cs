namespace ClaimGraph.GraphQL.Inputs;

public sealed record TextSpanInput(int Start, int End);
