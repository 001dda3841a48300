namespace ClaimGraph.Core.Model;

/// <summary>
/// A link between two claims. CONTRADICTS is symmetric; SUPPORTS reads "from supports to".
/// Identity is (FromClaimId, ToClaimId, Kind).
/// </summary>
public sealed record ClaimLink(string FromClaimId, string ToClaimId, ClaimLinkKind Kind, string? Note = null);
