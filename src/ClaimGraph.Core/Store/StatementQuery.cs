using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

/// <summary>
/// Statement filters. The time range applies to the statement's time, or its source's publication
/// time when the statement has none.
/// </summary>
public sealed record StatementQuery(
    string? Text = null,
    IReadOnlyList<Stance>? Stances = null,
    string? ActorId = null,
    string? ClaimId = null,
    string? SourceId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null);
