namespace ClaimGraph.Ingest.Draft;

/// <summary>A stored claim that may be the same proposition, with how alike the two read (0 to 1).</summary>
public sealed record ClaimCandidate(string ClaimId, string Text, double Score);
