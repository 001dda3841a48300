namespace ClaimGraph.Core.Store;

/// <summary>
/// <see cref="IClaimStore.CountClaimTermsAsync"/>'s answer: how many claims the store holds, and how many of them hold each
/// asked term (<see cref="Text.ClaimTerms"/>), in the order asked.
/// </summary>
public sealed record ClaimTermCounts(long Claims, IReadOnlyList<int> Counts);
