using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>The most active actors and the most discussed claims (most statements first), and the stances between them.</summary>
public sealed record StanceMatrix(IReadOnlyList<Actor> Actors, IReadOnlyList<Claim> Claims, IReadOnlyList<StanceCell> Cells);
