namespace ClaimGraph.Core.Import;

/// <summary>A reason an import line was refused, with its 1-based line number.</summary>
public sealed record ImportProblem(int Line, string Message);
