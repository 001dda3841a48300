using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs.Ingest;

public sealed record DraftSourceInput(
    string Key,
    SourceKind Kind,
    string Title,
    string Language,
    string Text,
    string? Url = null,
    string? PublisherRef = null,
    string? AuthorRef = null,
    DateTimeOffset? PublishedAt = null);
