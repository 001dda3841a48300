namespace ClaimGraph.Core.Store;

/// <summary>
/// One proposed claim as <see cref="IClaimStore.ClaimsWithTermsAsync"/> looks it up, by its terms (<see cref="Text.ClaimTerms"/>):
/// <paramref name="Probed"/> are looked up, <paramref name="Others"/> (its commonest) are only checked on the claims found.
/// A stored claim of n terms holding x of the probed ones can score (Dice) at most 2(x + |Others|) / (|Probed| + |Others| + n).
/// </summary>
public sealed record ClaimTermProbe(IReadOnlyList<string> Probed, IReadOnlyList<string> Others);
