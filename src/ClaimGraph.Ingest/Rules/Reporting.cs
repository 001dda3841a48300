using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Rules;

/// <summary>A reporting word's stance and shape. A null stance takes the stance from the content (وصف، described).</summary>
public sealed record Reporting(Stance? Stance, VerbShape Shape);
