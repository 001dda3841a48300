using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Auditing;

/// <summary>Who first recorded a node and when, and who last changed it and when. Null parts predate auditing.</summary>
public sealed record WriteStamp(
    NodeKind Kind,
    string Id,
    string? CreatedBy,
    DateTimeOffset? CreatedAt,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt);
