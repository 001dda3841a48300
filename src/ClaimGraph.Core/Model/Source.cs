namespace ClaimGraph.Core.Model;

/// <summary>
/// A document that carries statements. <see cref="Text"/> is the full text when known;
/// statement spans index into it (UTF-16 code units, as in .NET and JavaScript strings).
/// </summary>
public sealed record Source(
    string Id,
    SourceKind Kind,
    string Title,
    string Language,
    IReadOnlyList<string> CitedSourceIds,
    string? Url = null,
    string? PublisherId = null,
    string? AuthorId = null,
    DateTimeOffset? PublishedAt = null,
    string? Text = null);
