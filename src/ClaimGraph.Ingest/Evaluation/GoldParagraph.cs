using System.Text.Json;
using ClaimGraph.Core.Import;

namespace ClaimGraph.Ingest.Evaluation;

/// <summary>One paragraph of the evaluation set with its annotated statements.</summary>
public sealed record GoldParagraph(string Id, string Language, string Text, IReadOnlyList<GoldStatement> Statements)
{
    public static IReadOnlyList<GoldParagraph> Load(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<GoldParagraph>(l, ImportJson.Options) ?? throw new InvalidDataException($"Empty line in {path}."))
            .ToList();
}
