namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>Whether a statement only reads (safe to retry, may go to a read replica) or writes.</summary>
public enum CypherAccess
{
    Read,
    Write,
}
