using System.Text.Json;
using ClaimGraph.Core.Import;

namespace ClaimGraph.Ingest.Evaluation;

/// <summary>One paragraph of the evaluation set with its annotated statements.</summary>
public sealed record GoldParagraph(string Id, string Language, string Text, IReadOnlyList<GoldStatement> Statements)
{
    /// <summary>Reads one paragraph per line; a line that is not a paragraph fails with its file and line number.</summary>
    public static IReadOnlyList<GoldParagraph> Load(string path)
    {
        var paragraphs = new List<GoldParagraph>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
                continue;
            GoldParagraph? paragraph;
            try
            {
                paragraph = JsonSerializer.Deserialize<GoldParagraph>(line, ImportJson.Options);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path} line {number}: not an annotated paragraph ({e.Message})", e);
            }

            if (paragraph?.Problem() is { } problem)
                throw new InvalidDataException($"{path} line {number}: {problem}");
            paragraphs.Add(paragraph!);
        }

        return paragraphs;
    }

    private string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Text))
            return "\"text\" is missing or empty.";
        if (Language is not ("ar" or "en"))
            return $"\"language\" must be \"ar\" or \"en\", not \"{Language}\".";
        if (Statements is null)
            return "\"statements\" is missing (use [] for a paragraph without statements).";
        foreach (var s in Statements)
        {
            if (string.IsNullOrWhiteSpace(s?.Speaker) || string.IsNullOrEmpty(s.Quote))
                return "every statement needs a \"speaker\" and a \"quote\".";
            if (!Text.Contains(s.Quote, StringComparison.Ordinal))
                return $"the quote \"{s.Quote}\" is not in the paragraph's text.";
        }

        return null;
    }
}
