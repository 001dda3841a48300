using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Draft;

/// <summary>
/// An article to ingest and what is known about it. <see cref="Publisher"/> and <see cref="Author"/>
/// are an existing actor's id or a name to match or propose; <see cref="Language"/> is detected when null.
/// </summary>
public sealed record ArticleInput(
    string Text,
    string? Title = null,
    string? Publisher = null,
    string? Author = null,
    string? Url = null,
    DateTimeOffset? PublishedAt = null,
    string? Language = null,
    string? SourceId = null,
    SourceKind Kind = SourceKind.Article);
