namespace ClaimGraph.Ingest.Draft;

/// <summary>
/// A proposed claim. <see cref="Candidates"/> are stored claims that look like the same proposition,
/// best first, with a similarity score in [0, 1]; setting <see cref="ExistingClaimId"/> (a person
/// accepting one) makes the statements point at that claim instead of creating this one.
/// </summary>
public sealed record DraftClaim(
    string Ref,
    string Text,
    string Language,
    string? ExistingClaimId = null,
    IReadOnlyList<ClaimCandidate>? Candidates = null);
