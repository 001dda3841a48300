namespace ClaimGraph.Server.Copying;

/// <summary>A committed batch: how many records, the cursor after it, whether more follow, and the phase's total.</summary>
public sealed record CopyStep(int Copied, string? After, bool More, int Total);
