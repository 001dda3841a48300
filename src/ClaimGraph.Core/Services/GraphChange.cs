namespace ClaimGraph.Core.Services;

/// <summary>
/// A committed change, for live views: <see cref="Kind"/> is ACTOR_CHANGED, SOURCE_RECORDED, CLAIM_RECORDED,
/// STATEMENT_RECORDED, CLAIMS_LINKED or DELETED, and <see cref="Ids"/> the global ids it touched.
/// </summary>
public sealed record GraphChange(string Kind, IReadOnlyList<string> Ids);
