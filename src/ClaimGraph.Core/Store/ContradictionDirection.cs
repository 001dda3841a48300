namespace ClaimGraph.Core.Store;

/// <summary>
/// Which contradiction pairs to keep by time: <see cref="OwnLater"/> keeps those where the asked actor's
/// statement came at or after the other's, <see cref="OwnEarlier"/> the reverse. Pairs where either
/// statement has no time of its own count both ways.
/// </summary>
public enum ContradictionDirection
{
    Any = 0,
    OwnLater = 1,
    OwnEarlier = 2,
}
