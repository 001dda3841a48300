using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Core.Services;

/// <summary>
/// Builds attribution chains for many statements at once: one store call per relay level, then one
/// for the actors and one for the sources, however many statements are asked about.
/// A chain reads speaker → originally in → relayed through (each relaying statement's speaker, and so on)
/// → relayed by → reported in → published by / written by.
/// </summary>
public static class AttributionChains
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<AttributionStep>>> BuildAsync(
        IClaimStore store, IReadOnlyCollection<Statement> statements, CancellationToken ct)
    {
        var known = statements.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var frontier = statements.Select(s => s.RelayedThroughStatementId).OfType<string>().Where(id => !known.ContainsKey(id)).Distinct().ToList();
        for (var level = 0; frontier.Count > 0 && level < RelayChains.MaxLength; level++)
        {
            foreach (var s in await store.GetStatementsAsync(frontier, ct))
                known[s.Id] = s;
            frontier = frontier.Select(id => known.GetValueOrDefault(id)?.RelayedThroughStatementId).OfType<string>()
                .Where(id => !known.ContainsKey(id)).Distinct().ToList();
        }

        var chains = statements.ToDictionary(s => s.Id, s => Walk(s, known));
        var actorIds = chains.Values.SelectMany(c => c).Select(p => p.ActorId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var sourceIds = chains.Values.SelectMany(c => c).Select(p => p.SourceId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var sources = (await store.GetSourcesAsync(sourceIds, ct)).ToDictionary(s => s.Id);
        actorIds.UnionWith(sources.Values.SelectMany(s => new[] { s.PublisherId, s.AuthorId }).OfType<string>());
        var actors = (await store.GetActorsAsync(actorIds, ct)).ToDictionary(a => a.Id);

        return chains.ToDictionary(c => c.Key, c => Resolve(c.Value, actors, sources), StringComparer.Ordinal);
    }

    private static List<Placeholder> Walk(Statement statement, Dictionary<string, Statement> known)
    {
        var steps = new List<Placeholder> { new(AttributionRole.Speaker, ActorId: statement.ActorId) };
        if (statement.OriginSourceId is not null)
            steps.Add(new(AttributionRole.OriginallyIn, SourceId: statement.OriginSourceId));
        var seen = new HashSet<string>(StringComparer.Ordinal) { statement.Id };
        var current = statement;
        while (current.RelayedThroughStatementId is { } next && seen.Add(next) && known.TryGetValue(next, out var relay))
        {
            steps.Add(new(AttributionRole.RelayedThrough, Statement: relay));
            current = relay;
        }

        foreach (var s in seen.Select(id => known.GetValueOrDefault(id)).OfType<Statement>().Where(s => s.RelayedById is not null).DistinctBy(s => s.RelayedById))
            steps.Add(new(AttributionRole.RelayedBy, ActorId: s.RelayedById));
        steps.Add(new(AttributionRole.ReportedIn, SourceId: statement.SourceId));
        return steps;
    }

    private static IReadOnlyList<AttributionStep> Resolve(List<Placeholder> steps, Dictionary<string, Actor> actors, Dictionary<string, Source> sources)
    {
        var result = new List<AttributionStep>();
        foreach (var step in steps)
        {
            if (step.Statement is not null)
                result.Add(new AttributionStep(step.Role, Statement: step.Statement));
            else if (step.ActorId is not null && actors.TryGetValue(step.ActorId, out var actor))
                result.Add(new AttributionStep(step.Role, Actor: actor));
            else if (step.SourceId is not null && sources.TryGetValue(step.SourceId, out var source))
            {
                result.Add(new AttributionStep(step.Role, Source: source));
                if (step.Role != AttributionRole.ReportedIn)
                    continue;
                if (source.PublisherId is not null && actors.TryGetValue(source.PublisherId, out var publisher))
                    result.Add(new AttributionStep(AttributionRole.PublishedBy, Actor: publisher));
                if (source.AuthorId is not null && actors.TryGetValue(source.AuthorId, out var author))
                    result.Add(new AttributionStep(AttributionRole.WrittenBy, Actor: author));
            }
        }

        return result;
    }

    private sealed record Placeholder(AttributionRole Role, string? ActorId = null, string? SourceId = null, Statement? Statement = null);
}
