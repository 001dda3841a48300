using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

/// <summary>
/// <see cref="Own"/> is a statement by the actor asked about, <see cref="Other"/> one by another actor
/// that contradicts it. <see cref="ViaLink"/> is true when the two are on different claims linked as contradicting.
/// </summary>
public sealed record Contradiction(Statement Own, Statement Other, bool ViaLink);
