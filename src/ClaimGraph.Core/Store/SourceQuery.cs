using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

public sealed record SourceQuery(
    string? Text = null,
    IReadOnlyList<SourceKind>? Kinds = null,
    string? Language = null,
    string? PublisherId = null,
    DateTimeOffset? PublishedFrom = null,
    DateTimeOffset? PublishedTo = null);
