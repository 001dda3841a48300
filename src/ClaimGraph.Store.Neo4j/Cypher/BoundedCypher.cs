using ClaimGraph.Core.Store;

namespace ClaimGraph.Store.Neo4j.Cypher;

/// <summary>
/// Reads bounded per parent, so a claim or actor with tens of thousands of statements costs a page, not all of them:
/// the first statements per key, and the per-claim stance and actor aggregates behind stance groups.
/// </summary>
public static class BoundedCypher
{
    /// <summary>Per key: the first <c>$limit</c> statements by id (only <c>$stances</c> when given), all ordered by id.</summary>
    public static string FirstStatementsBy(StatementEdge edge)
    {
        var (type, label) = ReadCypher.EdgeOf(edge);
        return $$"""
            UNWIND $keys AS key
            CALL (key) {
              MATCH (s:Statement)-[:{{type}}]->(:{{label}} {id: key})
              WHERE s.seq IS NOT NULL AND ($stances IS NULL OR s.stance IN $stances)
              RETURN s ORDER BY s.id LIMIT $limit
            }
            WITH DISTINCT s ORDER BY s.id
            RETURN {{Projections.Statement("s")}} AS record
            """;
    }

    /// <summary>Per claim, stance and actor: the count and first statement id, ordered by claim, then first statement.</summary>
    public const string ClaimStanceActors = """
        UNWIND $keys AS key
        MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ON]->(c:Claim {id: key})
        WHERE s.seq IS NOT NULL
        WITH c.id AS claimId, s.stance AS stance, a.id AS actorId, count(s) AS statements, min(s.id) AS firstId
        RETURN claimId, stance, actorId, statements, firstId
        ORDER BY claimId, firstId
        """;
}
