namespace ClaimGraph.Store.Neo4j.Cypher;

/// <summary>
/// Map projections that turn a node into its domain record's fields; references are read from the
/// relationships of graph-schema/model.md. The variable names inside the comprehensions are ones no
/// query uses elsewhere, so they never capture an outer variable.
/// </summary>
internal static class Projections
{
    public static string Actor(string v) =>
        $"{v} {{.id, .name, .language, .kind, .aliasNames, .aliasLanguages, .description, .role, " +
        $"affiliationId: head([({v})-[:AFFILIATED_WITH]->(refAff:Actor) | refAff.id]), " +
        $"scopeSourceId: head([({v})-[:SCOPED_TO]->(refScope:Source) | refScope.id])}}";

    public static string Claim(string v) =>
        $"{v} {{.id, .text, .language, .summary, .translationLanguages, .translationTexts}}";

    public static string Source(string v) =>
        $"{v} {{.id, .kind, .title, .language, .url, .publishedAt, .publishedOffset, .text, " +
        $"publisherId: head([({v})-[:PUBLISHED_BY]->(refPub:Actor) | refPub.id]), " +
        $"authorId: head([({v})-[:WRITTEN_BY]->(refAuth:Actor) | refAuth.id]), " +
        $"cited: [({v})-[refCites:CITES]->(refCited:Source) | [refCites.ordinal, refCited.id]]}}";

    public static string Statement(string v) =>
        $"{v} {{.id, .stance, .quote, .spanStart, .spanEnd, .statedAt, .statedOffset, .note, " +
        $"actorId: head([({v})-[:BY]->(refBy:Actor) | refBy.id]), " +
        $"claimId: head([({v})-[:ON]->(refOn:Claim) | refOn.id]), " +
        $"sourceId: head([({v})-[:REPORTED_IN]->(refIn:Source) | refIn.id]), " +
        $"relayedThroughId: head([({v})-[:RELAYED_THROUGH]->(refThrough:Statement) | refThrough.id]), " +
        $"relayedById: head([({v})-[:RELAYED_BY]->(refRelay:Actor) | refRelay.id]), " +
        $"originSourceId: head([({v})-[:ORIGINALLY_IN]->(refOrigin:Source) | refOrigin.id])}}";

    /// <summary>The statement's own time, else its reporting source's publication time.</summary>
    public static string EffectiveTime(string v) =>
        $"coalesce({v}.statedAt, head([({v})-[:REPORTED_IN]->(refWhen:Source) | refWhen.publishedAt]))";
}
