using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Store.Neo4j.Cypher;

/// <summary>The batched reads: any number of keys in <c>$keys</c>, answered by one statement each.</summary>
internal static class ReadCypher
{
    public const string SearchIndex = "claimgraph_search";

    public static readonly string Actors = $"""
        UNWIND $keys AS key
        MATCH (a:Actor {"{"}id: key{"}"}) WHERE a.seq IS NOT NULL
        WITH DISTINCT a ORDER BY a.id
        RETURN {Projections.Actor("a")} AS record
        """;

    public static readonly string Affiliates = $"""
        UNWIND $keys AS key
        MATCH (a:Actor)-[:AFFILIATED_WITH]->(:Actor {"{"}id: key{"}"}) WHERE a.seq IS NOT NULL
        WITH DISTINCT a ORDER BY a.id
        RETURN {Projections.Actor("a")} AS record
        """;

    public static readonly string ScopedActors = $"""
        UNWIND $keys AS key
        MATCH (a:Actor)-[:SCOPED_TO]->(:Source {"{"}id: key{"}"}) WHERE a.seq IS NOT NULL
        WITH DISTINCT a ORDER BY a.id
        RETURN {Projections.Actor("a")} AS record
        """;

    public static readonly string Claims = $"""
        UNWIND $keys AS key
        MATCH (c:Claim {"{"}id: key{"}"}) WHERE c.seq IS NOT NULL
        WITH DISTINCT c ORDER BY c.id
        RETURN {Projections.Claim("c")} AS record
        """;

    public static readonly string Sources = $"""
        UNWIND $keys AS key
        MATCH (so:Source {"{"}id: key{"}"}) WHERE so.seq IS NOT NULL
        WITH DISTINCT so ORDER BY so.id
        RETURN {Projections.Source("so")} AS record
        """;

    public static readonly string Statements = $"""
        UNWIND $keys AS key
        MATCH (s:Statement {"{"}id: key{"}"}) WHERE s.seq IS NOT NULL
        WITH DISTINCT s ORDER BY s.id
        RETURN {Projections.Statement("s")} AS record
        """;

    public static string StatementsBy(StatementEdge edge)
    {
        var (type, label) = EdgeOf(edge);
        return $"""
            UNWIND $keys AS key
            MATCH (s:Statement)-[:{type}]->(:{label} {"{"}id: key{"}"}) WHERE s.seq IS NOT NULL
            WITH DISTINCT s ORDER BY s.id
            RETURN {Projections.Statement("s")} AS record
            """;
    }

    /// <summary>The relationship type and target label of a statement edge.</summary>
    internal static (string Type, string Label) EdgeOf(StatementEdge edge) =>
        edge switch
        {
            StatementEdge.Actor => ("BY", "Actor"),
            StatementEdge.Claim => ("ON", "Claim"),
            StatementEdge.Source => ("REPORTED_IN", "Source"),
            StatementEdge.RelayedThrough => ("RELAYED_THROUGH", "Statement"),
            StatementEdge.RelayedBy => ("RELAYED_BY", "Actor"),
            StatementEdge.OriginSource => ("ORIGINALLY_IN", "Source"),
            _ => throw new ArgumentOutOfRangeException(nameof(edge), edge, "Unknown statement edge."),
        };

    public const string ClaimLinks = """
        UNWIND $keys AS key
        MATCH (:Claim {id: key})-[r:CONTRADICTS|SUPPORTS]-(:Claim)
        WITH DISTINCT r
        WITH r, startNode(r).id AS fromId, endNode(r).id AS toId, type(r) AS kind
        ORDER BY fromId, toId, kind
        RETURN fromId, toId, kind, r.note AS note
        """;

    /// <summary>
    /// Opposite polarity on the same claim, or the same non-zero polarity on a claim linked as
    /// contradicting (either direction), by another actor. UNION removes the pairs a link stored both ways would repeat.
    /// Pairs are kept in <c>$direction</c> (0 any, 1 own later, 2 own earlier; an unknown time counts both ways)
    /// and cut to <c>$limit</c> per actor in the port's order before the statements are projected.
    /// </summary>
    public static readonly string Contradictions = $"""
        CALL () {"{"}
          UNWIND $keys AS key
          MATCH (a:Actor {"{"}id: key{"}"})<-[:BY]-(own:Statement)-[:ON]->(c:Claim)<-[:ON]-(other:Statement)-[:BY]->(b:Actor)
          WHERE own.polarity <> 0 AND other.polarity = -own.polarity AND b <> a
          RETURN a.id AS actorId, b.id AS otherActorId, own, other, false AS viaLink
          UNION
          UNWIND $keys AS key
          MATCH (a:Actor {"{"}id: key{"}"})<-[:BY]-(own:Statement)-[:ON]->(c:Claim)-[:CONTRADICTS]-(d:Claim)<-[:ON]-(other:Statement)-[:BY]->(b:Actor)
          WHERE own.polarity <> 0 AND other.polarity = own.polarity AND b <> a AND c <> d
          RETURN a.id AS actorId, b.id AS otherActorId, own, other, true AS viaLink
        {"}"}
        WITH actorId, otherActorId, own, other, viaLink
        WHERE $direction = 0 OR own.statedAt IS NULL OR other.statedAt IS NULL
           OR ($direction = 1 AND own.statedAt >= other.statedAt) OR ($direction = 2 AND other.statedAt >= own.statedAt)
        ORDER BY actorId, own.id, otherActorId, other.id, viaLink
        WITH actorId, collect({"{"}own: own, other: other, viaLink: viaLink{"}"})[..$limit] AS kept
        UNWIND kept AS k
        WITH actorId, k.own AS own, k.other AS other, k.viaLink AS viaLink
        RETURN {Projections.Statement("own")} AS own, {Projections.Statement("other")} AS other, viaLink
        """;

    public const string Counts = """
        RETURN COUNT { (:Actor) } AS actors, COUNT { (:Claim) } AS claims, COUNT { (:Source) } AS sources,
               COUNT { (:Statement) } AS statements,
               COUNT { ()-[:CONTRADICTS]->() } + COUNT { ()-[:SUPPORTS]->() } AS claimLinks
        """;

    /// <summary>
    /// Hits best first (Lucene score), then kind and id. <c>$match</c> is built by LuceneQuery from
    /// folded terms only; <c>texts</c> are the node's searchable texts, to tell which one matched.
    /// </summary>
    public const string Search = $"""
        CALL db.index.fulltext.queryNodes('{SearchIndex}', $match) YIELD node, score
        WITH node, score, [l IN labels(node) WHERE l IN $labels] AS kinds
        WHERE size(kinds) > 0 AND node.seq IS NOT NULL
        WITH node, score, kinds[0] AS kind
        ORDER BY score DESC, kind ASC, node.id ASC
        LIMIT $limit
        RETURN kind, node.id AS id, score,
               CASE kind
                 WHEN 'Actor' THEN [node.name] + coalesce(node.aliasNames, [])
                 WHEN 'Claim' THEN [node.text] + coalesce(node.translationTexts, [])
                 WHEN 'Source' THEN [node.title]
                 ELSE [node.quote]
               END AS texts
        """;

    /// <summary>References that would block deleting a node, one column per "table.field" name the SQLite store uses.</summary>
    public static string ReferenceCounts(NodeKind kind) => kind switch
    {
        NodeKind.Actor => """
            OPTIONAL MATCH (n:Actor {id: $id})
            RETURN COUNT { (:Statement)-[:BY]->(n) } AS `statements.actor`,
                   COUNT { (:Statement)-[:RELAYED_BY]->(n) } AS `statements.relayed_by`,
                   COUNT { (:Source)-[:PUBLISHED_BY]->(n) } AS `sources.publisher`,
                   COUNT { (:Source)-[:WRITTEN_BY]->(n) } AS `sources.author`,
                   COUNT { (x:Actor)-[:AFFILIATED_WITH]->(n) WHERE x <> n } AS `actors.affiliation`
            """,
        NodeKind.Claim => """
            OPTIONAL MATCH (n:Claim {id: $id})
            RETURN COUNT { (:Statement)-[:ON]->(n) } AS `statements.claim`
            """,
        NodeKind.Source => """
            OPTIONAL MATCH (n:Source {id: $id})
            RETURN COUNT { (:Statement)-[:REPORTED_IN]->(n) } AS `statements.source`,
                   COUNT { (:Statement)-[:ORIGINALLY_IN]->(n) } AS `statements.origin_source`,
                   COUNT { (:Actor)-[:SCOPED_TO]->(n) } AS `actors.scope_source`,
                   size(COLLECT { MATCH (x:Source)-[:CITES]->(n) WHERE x <> n RETURN DISTINCT x.id }) AS `sources.cited_sources`
            """,
        NodeKind.Statement => """
            OPTIONAL MATCH (n:Statement {id: $id})
            RETURN COUNT { (x:Statement)-[:RELAYED_THROUGH]->(n) WHERE x <> n } AS `statements.relayed_through`
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown node kind."),
    };
}
