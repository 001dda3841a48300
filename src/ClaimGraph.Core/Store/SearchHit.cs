using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

/// <summary>A full-text match: which node, how well (higher is better), and the field text that matched.</summary>
public sealed record SearchHit(NodeKind Kind, string Id, double Score, string Matched);
