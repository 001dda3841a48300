using ClaimGraph.Core.Model;

namespace ClaimGraph.Store.Neo4j.Cypher;

/// <summary>
/// The writes, each one UNWIND batch over <c>$rows</c>. A reference to a node not written yet
/// MERGEs a placeholder (a node with only its id, no seq); <see cref="DanglingCheck"/> removes the
/// unreferenced placeholders before commit and reports the rest.
/// </summary>
internal static class WriteCypher
{
    private static readonly string[] KindLabels = Enum.GetNames<ActorKind>();

    // Allocates seq base..base+size-1 from the label's counter. Setting q.locked first takes the
    // counter's write lock before its value is read, so concurrent writers (other service instances)
    // never read the same base; the lock is held to commit, which serialises creators of a label.
    private static string Sequence(string label) => $"""
        MERGE (q:ClaimGraphSequence {"{"}label: '{label}'{"}"})
        ON CREATE SET q.next = 0
        SET q.locked = true
        WITH q, q.next AS base
        SET q.next = base + size($rows)
        REMOVE q.locked
        WITH base
        UNWIND range(0, size($rows) - 1) AS i
        WITH base + i AS seq, $rows[i] AS row
        """;

    private static string Link(string v, string field, string type, string label) => $"""
        FOREACH (target IN CASE WHEN row.{field} IS NULL THEN [] ELSE [row.{field}] END |
          MERGE (t:{label} {"{"}id: target{"}"}) MERGE ({v})-[:{type}]->(t))
        """;

    public static readonly string UpsertActors = $"""
        {Sequence("Actor")}
        MERGE (a:Actor {"{"}id: row.id{"}"})
        SET a.seq = coalesce(a.seq, seq), a.name = row.name, a.sortName = row.sortName, a.language = row.language,
            a.kind = row.kind, a.aliasNames = row.aliasNames, a.aliasLanguages = row.aliasLanguages,
            a.description = row.description, a.role = row.role, a.searchText = row.searchText
        REMOVE a:{string.Join(':', KindLabels)}
        {string.Join("\n", KindLabels.Select(k => $"FOREACH (x IN CASE WHEN row.kindLabel = '{k}' THEN [1] ELSE [] END | SET a:{k})"))}
        WITH a, row
        OPTIONAL MATCH (a)-[old:AFFILIATED_WITH|SCOPED_TO]->()
        DELETE old
        WITH DISTINCT a, row
        {Link("a", "affiliationId", "AFFILIATED_WITH", "Actor")}
        {Link("a", "scopeSourceId", "SCOPED_TO", "Source")}
        """;

    public static readonly string UpsertClaims = $"""
        {Sequence("Claim")}
        MERGE (c:Claim {"{"}id: row.id{"}"})
        SET c.seq = coalesce(c.seq, seq), c.text = row.text, c.sortText = row.sortText, c.language = row.language,
            c.summary = row.summary, c.translationLanguages = row.translationLanguages,
            c.translationTexts = row.translationTexts, c.searchText = row.searchText
        """;

    public static readonly string UpsertSources = $"""
        {Sequence("Source")}
        MERGE (so:Source {"{"}id: row.id{"}"})
        SET so.seq = coalesce(so.seq, seq), so.kind = row.kind, so.title = row.title, so.sortTitle = row.sortTitle,
            so.language = row.language, so.url = row.url, so.publishedAt = row.publishedAt,
            so.publishedOffset = row.publishedOffset, so.text = row.text, so.searchText = row.searchText
        WITH so, row
        OPTIONAL MATCH (so)-[old:PUBLISHED_BY|WRITTEN_BY|CITES]->()
        DELETE old
        WITH DISTINCT so, row
        {Link("so", "publisherId", "PUBLISHED_BY", "Actor")}
        {Link("so", "authorId", "WRITTEN_BY", "Actor")}
        FOREACH (i IN range(0, size(row.cited) - 1) |
          MERGE (t:Source {"{"}id: row.cited[i]{"}"}) CREATE (so)-[:CITES {"{"}ordinal: i{"}"}]->(t))
        """;

    public static readonly string UpsertStatements = $"""
        {Sequence("Statement")}
        MERGE (s:Statement {"{"}id: row.id{"}"})
        SET s.seq = coalesce(s.seq, seq), s.stance = row.stance, s.polarity = row.polarity, s.quote = row.quote,
            s.spanStart = row.spanStart, s.spanEnd = row.spanEnd, s.statedAt = row.statedAt,
            s.statedOffset = row.statedOffset, s.note = row.note, s.searchText = row.searchText
        WITH s, row
        OPTIONAL MATCH (s)-[old]->()
        DELETE old
        WITH DISTINCT s, row
        {Link("s", "actorId", "BY", "Actor")}
        {Link("s", "claimId", "ON", "Claim")}
        {Link("s", "sourceId", "REPORTED_IN", "Source")}
        {Link("s", "relayedThroughId", "RELAYED_THROUGH", "Statement")}
        {Link("s", "relayedById", "RELAYED_BY", "Actor")}
        {Link("s", "originSourceId", "ORIGINALLY_IN", "Source")}
        """;

    public const string UpsertClaimLinks = """
        UNWIND $rows AS row
        MERGE (f:Claim {id: row.from})
        MERGE (t:Claim {id: row.to})
        FOREACH (x IN CASE WHEN row.kind = 'CONTRADICTS' THEN [1] ELSE [] END |
          MERGE (f)-[r:CONTRADICTS]->(t) SET r.note = row.note)
        FOREACH (x IN CASE WHEN row.kind = 'SUPPORTS' THEN [1] ELSE [] END |
          MERGE (f)-[r:SUPPORTS]->(t) SET r.note = row.note)
        """;

    public const string DeleteClaimLink = """
        MATCH (f:Claim {id: $from})-[r]->(t:Claim {id: $to})
        WHERE type(r) = $kind
        DELETE r
        RETURN count(*) AS deleted
        """;

    /// <summary>
    /// Deletes a node with what it owns (its outgoing references; for a claim, its links). A node
    /// still referenced by others stays as a placeholder, so the commit fails unless those go too.
    /// </summary>
    public static string DeleteNode(NodeKind kind)
    {
        var (label, owned) = kind switch
        {
            NodeKind.Actor => ("Actor", "(n)-[own]->()"),
            NodeKind.Claim => ("Claim", "(n)-[own:CONTRADICTS|SUPPORTS]-()"),
            NodeKind.Source => ("Source", "(n)-[own]->()"),
            NodeKind.Statement => ("Statement", "(n)-[own]->()"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown node kind."),
        };
        var extraLabels = kind == NodeKind.Actor ? $"\nREMOVE n:{string.Join(':', KindLabels)}" : "";
        return $"""
            MATCH (n:{label} {"{"}id: $id{"}"})
            OPTIONAL MATCH {owned}
            DELETE own
            WITH DISTINCT n
            WITH n, n.seq IS NOT NULL AS existed
            SET n = {"{"}id: n.id{"}"}{extraLabels}
            WITH n, existed, EXISTS {"{"} (n)<--() {"}"} AS referenced
            FOREACH (x IN CASE WHEN referenced THEN [] ELSE [1] END | DELETE n)
            RETURN existed
            """;
    }

    /// <summary>Moves every reference to $merged onto $kept (never the kept actor's affiliation to itself), then deletes $merged.</summary>
    public const string RepointActor = """
        MATCH (m:Actor {id: $merged})
        MERGE (k:Actor {id: $kept})
        WITH m, k,
             [(s:Statement)-[:BY]->(m) | s] AS speakers,
             [(s:Statement)-[:RELAYED_BY]->(m) | s] AS relays,
             [(x:Source)-[:PUBLISHED_BY]->(m) | x] AS published,
             [(x:Source)-[:WRITTEN_BY]->(m) | x] AS written,
             [(x:Actor)-[:AFFILIATED_WITH]->(m) WHERE x <> k | x] AS members
        FOREACH (s IN speakers | CREATE (s)-[:BY]->(k))
        FOREACH (s IN relays | CREATE (s)-[:RELAYED_BY]->(k))
        FOREACH (x IN published | CREATE (x)-[:PUBLISHED_BY]->(k))
        FOREACH (x IN written | CREATE (x)-[:WRITTEN_BY]->(k))
        FOREACH (x IN members | CREATE (x)-[:AFFILIATED_WITH]->(k))
        DETACH DELETE m
        RETURN count(*) AS repointed
        """;

    /// <summary>
    /// At commit: placeholders ($refs are {label, id} of every node the write referenced or deleted)
    /// without relationships are removed; any left are dangling references (a placeholder has no
    /// references of its own, so each relationship is someone pointing at a node that does not exist,
    /// or a claim link from one), returned with who points at them.
    /// </summary>
    public const string DanglingCheck = """
        UNWIND $refs AS ref
        OPTIONAL MATCH (a:Actor {id: ref.id}) WHERE ref.label = 'Actor'
        OPTIONAL MATCH (c:Claim {id: ref.id}) WHERE ref.label = 'Claim'
        OPTIONAL MATCH (so:Source {id: ref.id}) WHERE ref.label = 'Source'
        OPTIONAL MATCH (s:Statement {id: ref.id}) WHERE ref.label = 'Statement'
        WITH ref, coalesce(a, c, so, s) AS n
        WHERE n IS NOT NULL AND n.seq IS NULL
        WITH ref, n, [(n)-[r]-(m) | [type(r), head(labels(m)), m.id]] AS pointers
        FOREACH (x IN CASE WHEN size(pointers) = 0 THEN [1] ELSE [] END | DETACH DELETE n)
        WITH ref, pointers
        WHERE size(pointers) > 0
        RETURN ref.label AS label, ref.id AS id, pointers
        """;
}
