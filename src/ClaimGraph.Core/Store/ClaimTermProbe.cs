namespace ClaimGraph.Core.Store;

/// <summary>
/// One proposed claim of <paramref name="TermCount"/> terms (<see cref="Text.ClaimTerms"/>) as <see cref="IClaimStore.ClaimsWithTermsAsync"/>
/// looks it up: <paramref name="Probed"/> are looked up; <paramref name="Others"/>, the rest of its terms that some stored claim holds,
/// are only checked on the claims found (terms no claim holds are in neither). A stored claim of n terms holding x of the probed ones
/// scores (Dice) at most 2(x + |Others|) / (TermCount + n) with it.
/// </summary>
public sealed record ClaimTermProbe(IReadOnlyList<string> Probed, IReadOnlyList<string> Others, int TermCount);
