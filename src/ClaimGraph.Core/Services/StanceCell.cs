using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>A cell of the actor × claim matrix: how many statements the actor made on the claim with the stance (global ids).</summary>
public sealed record StanceCell(string Actor, string Claim, Stance Stance, int Count);
