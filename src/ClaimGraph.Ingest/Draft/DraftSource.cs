using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Draft;

/// <summary>The proposed source. <see cref="PublisherRef"/> and <see cref="AuthorRef"/> are refs of actors in the draft.</summary>
public sealed record DraftSource(
    string Id,
    SourceKind Kind,
    string Title,
    string Language,
    string Text,
    string? Url = null,
    string? PublisherRef = null,
    string? AuthorRef = null,
    DateTimeOffset? PublishedAt = null);
