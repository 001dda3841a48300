using System.Collections.Concurrent;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.Core.Store;

namespace ClaimGraph.GraphQL.Loading;

/// <summary>One batched loader per edge of the graph, living for one request (registered scoped).</summary>
public sealed class ClaimGraphLoaders
{
    private readonly ConcurrentDictionary<(ContradictionDirection, int), BatchLoader<string, IReadOnlyList<Contradiction>>> _contradictions = new();
    private readonly ConcurrentDictionary<(StatementEdge, string, int), BatchLoader<string, IReadOnlyList<Statement>>> _firstStatements = new();
    private readonly ClaimGraphReader _reader;

    public ClaimGraphLoaders(ClaimGraphReader reader)
    {
        _reader = reader;
        Actor = ById(reader.ActorsAsync, a => a.Id);
        Claim = ById(reader.ClaimsAsync, c => c.Id);
        Source = ById(reader.SourcesAsync, s => s.Id);
        Statement = ById(reader.StatementsAsync, s => s.Id);
        ClaimLinks = Grouped<ClaimLink>(reader.ClaimLinksAsync, l => [l.FromClaimId, l.ToClaimId]);
        ClaimStances = Grouped<ClaimStanceActor>(reader.ClaimStanceActorsAsync, c => [c.ClaimId]);
        Affiliates = Grouped<Actor>(reader.AffiliatesAsync, a => [a.AffiliationId]);
        Attribution = new BatchLoader<Statement, IReadOnlyList<AttributionStep>>(async (statements, ct) =>
        {
            var chains = await reader.AttributionChainsAsync(statements, ct);
            return statements.DistinctBy(s => s.Id).ToDictionary(s => s, s => chains[s.Id]);
        });
    }

    public BatchLoader<string, Actor> Actor { get; }

    public BatchLoader<string, Claim> Claim { get; }

    public BatchLoader<string, Source> Source { get; }

    public BatchLoader<string, Statement> Statement { get; }

    public BatchLoader<string, IReadOnlyList<ClaimLink>> ClaimLinks { get; }

    public BatchLoader<string, IReadOnlyList<Actor>> Affiliates { get; }

    /// <summary>Per claim: statement counts by stance and actor (exact, however many statements the claim has).</summary>
    public BatchLoader<string, IReadOnlyList<ClaimStanceActor>> ClaimStances { get; }

    /// <summary>At most <paramref name="limitPerKey"/> statements per key, lowest ids first (one loader per distinct arguments).</summary>
    public BatchLoader<string, IReadOnlyList<Statement>> FirstStatementsBy(StatementEdge edge, IReadOnlyCollection<Stance>? stances, int limitPerKey)
    {
        var stanceList = stances?.Distinct().Order().ToList();
        var stanceKey = stanceList is null ? "*" : string.Join(',', stanceList);
        return _firstStatements.GetOrAdd((edge, stanceKey, limitPerKey), _ => Grouped<Statement>(
            (keys, ct) => _reader.FirstStatementsByAsync(edge, keys, stanceList, limitPerKey, ct), s => [EdgeKey(edge, s)]));
    }

    /// <summary>Contradictions per actor in one direction, at most <paramref name="limitPerActor"/> each (one loader per pair of arguments).</summary>
    public BatchLoader<string, IReadOnlyList<Contradiction>> Contradictions(ContradictionDirection direction, int limitPerActor) =>
        _contradictions.GetOrAdd((direction, limitPerActor), key => Grouped<Contradiction>(
            (actorIds, ct) => _reader.ContradictionsAsync(actorIds, key.Item1, key.Item2, ct), c => [c.Own.ActorId]));

    public BatchLoader<Statement, IReadOnlyList<AttributionStep>> Attribution { get; }

    private static BatchLoader<string, T> ById<T>(Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<T>>> fetch, Func<T, string> id) =>
        new(async (keys, ct) => (await fetch(keys, ct)).ToDictionary(id, StringComparer.Ordinal));

    private static BatchLoader<string, IReadOnlyList<T>> Grouped<T>(
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<T>>> fetch, Func<T, IEnumerable<string?>> keysOf) =>
        new(async (keys, ct) =>
        {
            var wanted = keys.ToHashSet(StringComparer.Ordinal);
            var groups = new Dictionary<string, IReadOnlyList<T>>(StringComparer.Ordinal);
            foreach (var item in await fetch(keys, ct))
            {
                foreach (var key in keysOf(item).OfType<string>().Distinct().Where(wanted.Contains))
                {
                    if (!groups.TryGetValue(key, out var list))
                        groups[key] = list = new List<T>();
                    ((List<T>)list).Add(item);
                }
            }

            foreach (var key in wanted)
                groups.TryAdd(key, []);
            return groups;
        });

    private static string? EdgeKey(StatementEdge edge, Statement s) => edge switch
    {
        StatementEdge.Actor => s.ActorId,
        StatementEdge.Claim => s.ClaimId,
        StatementEdge.Source => s.SourceId,
        StatementEdge.RelayedThrough => s.RelayedThroughStatementId,
        StatementEdge.RelayedBy => s.RelayedById,
        StatementEdge.OriginSource => s.OriginSourceId,
        _ => null,
    };
}
