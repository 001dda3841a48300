namespace ClaimGraph.Ingest.Tests.Support;

/// <summary>Files copied beside the test assembly: the evaluation set and the seeds.</summary>
internal static class TestFiles
{
    public static string Paragraphs => Path.Combine(AppContext.BaseDirectory, "Evaluation", "paragraphs.ndjson");

    public static string HeldOut => Path.Combine(AppContext.BaseDirectory, "Evaluation", "heldout.ndjson");

    public static string EvaluationFolder => Path.Combine(AppContext.BaseDirectory, "Evaluation");

    public static string SeedText => Path.Combine(AppContext.BaseDirectory, "seeds", "000_56e233a4a2ee7b21.txt");

    public static string SeedGraph => Path.Combine(AppContext.BaseDirectory, "seeds", "000_56e233a4a2ee7b21.graph.ndjson");

    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);
}
