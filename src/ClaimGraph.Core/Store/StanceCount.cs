using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

/// <summary>How many statements by one actor on one claim take one stance: a cell of the actor × claim matrix.</summary>
public sealed record StanceCount(string ActorId, string ClaimId, Stance Stance, int Count);
