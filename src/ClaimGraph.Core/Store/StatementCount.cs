using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

/// <summary>
/// How many statements share a group key and a stance. <see cref="Key"/> is the actor, source or claim id,
/// the bucket's start date (yyyy-MM-dd, UTC) for time, and null when grouping by stance alone.
/// </summary>
public sealed record StatementCount(string? Key, Stance Stance, int Count);
