using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Store.Neo4j.Records;

/// <summary>Domain records from the maps the projections in Cypher/Projections.cs return.</summary>
internal static class NodeRecords
{
    public static Actor Actor(object? value)
    {
        var m = Map(value);
        var names = Strings(m, "aliasNames");
        var languages = Strings(m, "aliasLanguages");
        return new Actor(
            Id: Text(m, "id")!,
            Name: Text(m, "name")!,
            Language: Text(m, "language")!,
            Kind: ModelNames.Parse<ActorKind>(m["kind"]),
            Aliases: [.. names.Select((name, i) => new Alias(name, languages[i]))],
            Description: Text(m, "description"),
            AffiliationId: Text(m, "affiliationId"),
            Role: Text(m, "role"),
            ScopeSourceId: Text(m, "scopeSourceId"));
    }

    public static Claim Claim(object? value)
    {
        var m = Map(value);
        var languages = Strings(m, "translationLanguages");
        var texts = Strings(m, "translationTexts");
        return new Claim(
            Id: Text(m, "id")!,
            Text: Text(m, "text")!,
            Language: Text(m, "language")!,
            Translations: [.. languages.Select((language, i) => new Translation(language, texts[i]))],
            Summary: Text(m, "summary"));
    }

    public static Source Source(object? value)
    {
        var m = Map(value);
        var cited = m.TryGetValue("cited", out var c) && c is List<object?> pairs
            ? pairs.Cast<List<object?>>().OrderBy(p => (long)p[0]!).Select(p => (string)p[1]!).ToList()
            : [];
        return new Source(
            Id: Text(m, "id")!,
            Kind: ModelNames.Parse<SourceKind>(m["kind"]),
            Title: Text(m, "title")!,
            Language: Text(m, "language")!,
            CitedSourceIds: cited,
            Url: Text(m, "url"),
            PublisherId: Text(m, "publisherId"),
            AuthorId: Text(m, "authorId"),
            PublishedAt: TimeText.Read(m.GetValueOrDefault("publishedAt"), m.GetValueOrDefault("publishedOffset")),
            Text: Text(m, "text"));
    }

    public static Statement Statement(object? value)
    {
        var m = Map(value);
        var start = m.GetValueOrDefault("spanStart") as long?;
        var end = m.GetValueOrDefault("spanEnd") as long?;
        return new Statement(
            Id: Text(m, "id")!,
            ActorId: Text(m, "actorId")!,
            ClaimId: Text(m, "claimId")!,
            Stance: ModelNames.Parse<Stance>(m["stance"]),
            SourceId: Text(m, "sourceId")!,
            Quote: Text(m, "quote"),
            Span: start is null || end is null ? null : new TextSpan((int)start.Value, (int)end.Value),
            StatedAt: TimeText.Read(m.GetValueOrDefault("statedAt"), m.GetValueOrDefault("statedOffset")),
            RelayedThroughStatementId: Text(m, "relayedThroughId"),
            RelayedById: Text(m, "relayedById"),
            OriginSourceId: Text(m, "originSourceId"),
            Note: Text(m, "note"));
    }

    public static ContestedClaim Contested(object? value)
    {
        var m = Map(value);
        return new ContestedClaim(Text(m, "id")!, (int)(long)m["supporting"]!, (int)(long)m["denying"]!);
    }

    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? value as Dictionary<string, object?>
        ?? throw new InvalidOperationException($"Expected a map from Neo4j, got {value?.GetType().Name ?? "null"}.");

    private static string? Text(IReadOnlyDictionary<string, object?> m, string key) => m.GetValueOrDefault(key) as string;

    private static List<string> Strings(IReadOnlyDictionary<string, object?> m, string key) =>
        m.GetValueOrDefault(key) is List<object?> list ? [.. list.Select(x => (string)x!)] : [];
}
