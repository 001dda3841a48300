using System.Globalization;
using ClaimGraph.Ingest.Evaluation;

namespace ClaimGraph.Server.Cli;

/// <summary>
/// The arguments the evaluation verbs share: annotated paragraph files (those named, or every *.ndjson of the evaluation folder)
/// and "--name number" options. Each problem is one line for standard error, so bad input never ends in a stack trace.
/// </summary>
internal static class EvaluationSets
{
    public const string DefaultFolder = "tests/ClaimGraph.Ingest.Tests/Evaluation";

    /// <summary>The files to read, or the reason there are none.</summary>
    public static (List<string> Files, string? Error) Files(Dictionary<string, string> options, string usage)
    {
        var files = CliOptions.Positional(options).Select(CliPaths.Resolve).ToList();
        if (files.FirstOrDefault(f => f.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
            return ([], $"{unknown} is not an option here (or lacks its value).\nusage: {usage}");
        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
            return ([], $"{missing}: no such file.");
        var folder = CliPaths.Resolve(DefaultFolder);
        if (files.Count == 0 && Directory.Exists(folder))
            files.AddRange(Directory.GetFiles(folder, "*.ndjson").Order(StringComparer.Ordinal));
        return files.Count == 0 ? ([], $"usage: {usage}") : (files, null);
    }

    /// <summary>Every paragraph of one file, or the file and line of the first that is not an annotated paragraph.</summary>
    public static (IReadOnlyList<GoldParagraph> Paragraphs, string? Error) Load(string file)
    {
        try
        {
            return (GoldParagraph.Load(file), null);
        }
        catch (InvalidDataException e)
        {
            return ([], e.Message);
        }
    }

    /// <summary>The option's number (<paramref name="fallback"/> when absent), or the reason it is not one in (0, <paramref name="max"/>].</summary>
    public static (double Value, string? Error) Number(Dictionary<string, string> options, string name, double fallback, double max, string what)
    {
        if (!options.TryGetValue(name, out var text))
            return (fallback, null);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= max
            ? (value, null)
            : (0, $"{name} takes {what} above 0 and at most {max.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");
    }
}
