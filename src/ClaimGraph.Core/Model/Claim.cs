namespace ClaimGraph.Core.Model;

/// <summary>A proposition in its original language, with optional translations.</summary>
public sealed record Claim(
    string Id,
    string Text,
    string Language,
    IReadOnlyList<Translation> Translations,
    string? Summary = null);
