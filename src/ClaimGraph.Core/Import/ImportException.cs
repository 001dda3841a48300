namespace ClaimGraph.Core.Import;

/// <summary>An import refused as a whole, listing every problem found.</summary>
public sealed class ImportException : Exception
{
    public ImportException() : this([]) { }

    public ImportException(string message) : base(message) => Problems = [];

    public ImportException(string message, Exception inner) : base(message, inner) => Problems = [];

    public ImportException(IReadOnlyList<ImportProblem> problems)
        : base(Summarise(problems)) => Problems = problems;

    public IReadOnlyList<ImportProblem> Problems { get; }

    private static string Summarise(IReadOnlyList<ImportProblem> problems) =>
        problems.Count == 0
            ? "Import refused."
            : $"Import refused, nothing written ({problems.Count} problem(s)): " +
              string.Join("; ", problems.Take(10).Select(p => p.Line > 0 ? $"line {p.Line}: {p.Message}" : p.Message));
}
