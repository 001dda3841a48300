using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Paging;
using ClaimGraph.Store.Neo4j.Records;

namespace ClaimGraph.Store.Neo4j.Cypher;

/// <summary>The paged Query* reads, built from the same filters and orderings as the SQLite store's.</summary>
internal static class NodeQueries
{
    public static PagedCypher Actors(ActorQuery query, SortOrder order)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new CypherFilter();
        TextFilter(filter, query.Text, "Actor", "a");
        if (query.Kinds is { Count: > 0 } kinds)
            filter.Add("a.kind IN $kinds", "kinds", kinds.Select(ModelNames.Of).ToList());
        if (query.AffiliationId is not null)
            filter.Add("EXISTS { (a)-[:AFFILIATED_WITH]->(:Actor {id: $affiliationId}) }", "affiliationId", query.AffiliationId);
        if (query.ScopeSourceId is not null)
            filter.Add("EXISTS { (a)-[:SCOPED_TO]->(:Source {id: $scopeSourceId}) }", "scopeSourceId", query.ScopeSourceId);

        SortKey[] keys = order switch
        {
            SortOrder.NameAscending => [new("a.sortName")],
            SortOrder.NameDescending => [new("a.sortName", Descending: true)],
            SortOrder.NewestFirst => [new("a.seq", Descending: true)],
            SortOrder.OldestFirst => [new("a.seq")],
            _ => [],
        };
        return new PagedCypher(order.ToString(), "Actor", "a", Projections.Actor("a"), filter, keys);
    }

    public static PagedCypher Claims(ClaimQuery query, SortOrder order)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new CypherFilter();
        TextFilter(filter, query.Text, "Claim", "c");
        if (query.Language is not null)
            filter.Add("toLower(c.language) = toLower($language)", "language", query.Language);

        // Actor, source and stance must all hold for one and the same statement.
        var onStatement = new List<string>();
        if (query.ActorId is not null)
        {
            onStatement.Add("(s)-[:BY]->(:Actor {id: $actorId})");
            filter.Bind("actorId", query.ActorId);
        }

        if (query.SourceId is not null)
        {
            onStatement.Add("(s)-[:REPORTED_IN]->(:Source {id: $sourceId})");
            filter.Bind("sourceId", query.SourceId);
        }

        if (query.Stance is { } stance)
        {
            onStatement.Add("s.stance = $stance");
            filter.Bind("stance", ModelNames.Of(stance));
        }

        if (onStatement.Count > 0)
            filter.Add($"EXISTS {{ MATCH (s:Statement)-[:ON]->(c) WHERE {string.Join(" AND ", onStatement)} }}");

        SortKey[] keys = order switch
        {
            SortOrder.NameAscending => [new("c.sortText")],
            SortOrder.NameDescending => [new("c.sortText", Descending: true)],
            SortOrder.NewestFirst => [new("c.seq", Descending: true)],
            SortOrder.OldestFirst => [new("c.seq")],
            _ => [],
        };
        return new PagedCypher(order.ToString(), "Claim", "c", Projections.Claim("c"), filter, keys);
    }

    public static PagedCypher Sources(SourceQuery query, SortOrder order)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new CypherFilter();
        TextFilter(filter, query.Text, "Source", "so");
        if (query.Kinds is { Count: > 0 } kinds)
            filter.Add("so.kind IN $kinds", "kinds", kinds.Select(ModelNames.Of).ToList());
        if (query.Language is not null)
            filter.Add("toLower(so.language) = toLower($language)", "language", query.Language);
        if (query.PublisherId is not null)
            filter.Add("EXISTS { (so)-[:PUBLISHED_BY]->(:Actor {id: $publisherId}) }", "publisherId", query.PublisherId);
        if (query.PublishedFrom is not null)
            filter.Add("so.publishedAt >= $publishedFrom", "publishedFrom", TimeText.Utc(query.PublishedFrom));
        if (query.PublishedTo is not null)
            filter.Add("so.publishedAt <= $publishedTo", "publishedTo", TimeText.Utc(query.PublishedTo));

        SortKey[] keys = order switch
        {
            SortOrder.NameAscending => [new("so.sortTitle")],
            SortOrder.NameDescending => [new("so.sortTitle", Descending: true)],
            SortOrder.NewestFirst => [new("so.publishedAt", Descending: true, Nullable: true)],
            SortOrder.OldestFirst => [new("so.publishedAt", Nullable: true)],
            _ => [],
        };
        return new PagedCypher(order.ToString(), "Source", "so", Projections.Source("so"), filter, keys);
    }

    public static PagedCypher Statements(StatementQuery query, SortOrder order)
    {
        ArgumentNullException.ThrowIfNull(query);
        var when = Projections.EffectiveTime("s");
        var filter = new CypherFilter();
        TextFilter(filter, query.Text, "Statement", "s");
        if (query.Stances is { Count: > 0 } stances)
            filter.Add("s.stance IN $stances", "stances", stances.Select(ModelNames.Of).ToList());
        if (query.ActorId is not null)
            filter.Add("EXISTS { (s)-[:BY]->(:Actor {id: $actorId}) }", "actorId", query.ActorId);
        if (query.ClaimId is not null)
            filter.Add("EXISTS { (s)-[:ON]->(:Claim {id: $claimId}) }", "claimId", query.ClaimId);
        if (query.SourceId is not null)
            filter.Add("EXISTS { (s)-[:REPORTED_IN]->(:Source {id: $sourceId}) }", "sourceId", query.SourceId);
        if (query.From is not null)
            filter.Add($"{when} >= $from", "from", TimeText.Utc(query.From));
        if (query.To is not null)
            filter.Add($"{when} <= $to", "to", TimeText.Utc(query.To));

        // Statements have no name; the name orders fall back to their ids.
        SortKey[] keys = order switch
        {
            SortOrder.NameAscending => [],
            SortOrder.NameDescending => [new("s.id", Descending: true)],
            SortOrder.NewestFirst => [new(when, Descending: true, Nullable: true)],
            SortOrder.OldestFirst => [new(when, Nullable: true)],
            _ => [],
        };
        return new PagedCypher(order.ToString(), "Statement", "s", Projections.Statement("s"), filter, keys);
    }

    /// <summary>Claims with statements on both sides: counted per side by distinct actor, ranked by the smaller side, then the total, then id.</summary>
    public const string Contested = """
        MATCH (c:Claim)<-[:ON]-(s:Statement)-[:BY]->(a:Actor)
        WHERE s.polarity <> 0
        WITH c.id AS id,
             count(DISTINCT CASE WHEN s.polarity = 1 THEN a.id END) AS supporting,
             count(DISTINCT CASE WHEN s.polarity = -1 THEN a.id END) AS denying
        WHERE supporting > 0 AND denying > 0
        WITH id, supporting, denying,
             CASE WHEN supporting < denying THEN supporting ELSE denying END AS score,
             supporting + denying AS total
        ORDER BY score DESC, total DESC, id ASC
        WITH collect({id: id, supporting: supporting, denying: denying, score: score, total: total}) AS ranked
        WITH size(ranked) AS pageTotal,
             [r IN ranked WHERE $cursorId IS NULL
                OR r.score < $cursor0
                OR (r.score = $cursor0 AND (r.total < $cursor1 OR (r.total = $cursor1 AND r.id > $cursorId)))] AS rest
        RETURN pageTotal, [r IN rest[0..$pageLimit] | {node: r, keys: [r.score, r.total], id: r.id}] AS pageRows
        """;

    private static void TextFilter(CypherFilter filter, string? text, string label, string v)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;

        var match = LuceneQuery.From(text);
        if (match is null)
        {
            // Words were asked for but none survive normalisation (punctuation only): nothing matches.
            filter.Add("false");
            return;
        }

        filter.Before($"""
            CALL db.index.fulltext.queryNodes('{ReadCypher.SearchIndex}', $textMatch) YIELD node
            WHERE node:{label}
            WITH collect(node.id) AS textHits
            """, "textHits");
        filter.Add($"{v}.id IN textHits", "textMatch", match);
    }
}
