namespace ClaimGraph.Core.Store;

/// <summary>The statement columns a batched load can key on.</summary>
public enum StatementEdge
{
    Actor,
    Claim,
    Source,
    RelayedThrough,
    RelayedBy,
    OriginSource,
}
