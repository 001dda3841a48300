namespace ClaimGraph.Ingest.Rules;

/// <summary>A stretch of the article: its text and UTF-16 span.</summary>
public sealed record Phrase(string Text, int Start, int End);
