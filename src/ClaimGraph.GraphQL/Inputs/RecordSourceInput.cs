using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs;

public sealed record RecordSourceInput(
    SourceKind Kind,
    string Title,
    string Language,
    string? Key = null,
    string? Url = null,
    string? Publisher = null,
    string? Author = null,
    DateTimeOffset? PublishedAt = null,
    string? Text = null,
    List<string>? Cites = null);
