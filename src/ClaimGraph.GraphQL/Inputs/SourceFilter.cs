using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs;

public sealed record SourceFilter(
    string? Text = null,
    List<SourceKind>? Kinds = null,
    string? Language = null,
    string? Publisher = null,
    DateTimeOffset? PublishedFrom = null,
    DateTimeOffset? PublishedTo = null);
