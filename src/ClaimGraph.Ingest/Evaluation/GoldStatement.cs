using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Evaluation;

/// <summary>An annotated statement: who speaks (as written), the stance, the evidence quote, and who relays it.</summary>
public sealed record GoldStatement(string Speaker, Stance Stance, string Quote, string? RelayedBy = null);
