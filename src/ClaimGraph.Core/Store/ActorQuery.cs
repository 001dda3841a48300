using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

/// <summary>Filters combine with AND; null means "any". <see cref="Text"/> matches names and aliases, normalised.</summary>
public sealed record ActorQuery(
    string? Text = null,
    IReadOnlyList<ActorKind>? Kinds = null,
    string? AffiliationId = null,
    string? ScopeSourceId = null);
