using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs.Ingest;

public sealed record ExtractArticleInput(
    string Text,
    string? Title = null,
    string? Publisher = null,
    string? Author = null,
    string? Url = null,
    DateTimeOffset? PublishedAt = null,
    string? Language = null,
    string? Key = null,
    SourceKind? Kind = null);
