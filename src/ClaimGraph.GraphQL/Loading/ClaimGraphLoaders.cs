using System.Collections.Concurrent;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.Core.Store;

namespace ClaimGraph.GraphQL.Loading;

/// <summary>
/// One batched loader per edge of the graph, living for one request (registered scoped). Each loader is made on first
/// use: a request reads a few edges, and building every loader up front was a good part of what a small query allocated.
/// Two threads racing to make the same loader both build one and keep the first; the other was never used.
/// </summary>
public sealed class ClaimGraphLoaders(ClaimGraphReader reader)
{
    private ConcurrentDictionary<int, BatchLoader<(string ActorId, ContradictionDirection Direction), IReadOnlyList<Contradiction>>>? _contradictions;
    private ConcurrentDictionary<(StatementEdge, string, int), BatchLoader<string, IReadOnlyList<Statement>>>? _firstStatements;
    private ConcurrentDictionary<(StatementEdge, int), BatchLoader<(string Key, Stance Stance), IReadOnlyList<Statement>>>? _firstStatementsByStance;
    private BatchLoader<string, Actor>? _actor;
    private BatchLoader<string, Claim>? _claim;
    private BatchLoader<string, Source>? _source;
    private BatchLoader<string, Statement>? _statement;
    private BatchLoader<string, IReadOnlyList<ClaimLink>>? _claimLinks;
    private BatchLoader<string, IReadOnlyList<ClaimStanceActor>>? _claimStances;
    private BatchLoader<string, IReadOnlyList<Actor>>? _affiliates;
    private BatchLoader<Statement, IReadOnlyList<AttributionStep>>? _attribution;

    public BatchLoader<string, Actor> Actor => LazyInitializer.EnsureInitialized(ref _actor, () => ById(reader.ActorsAsync, a => a.Id));

    public BatchLoader<string, Claim> Claim => LazyInitializer.EnsureInitialized(ref _claim, () => ById(reader.ClaimsAsync, c => c.Id));

    public BatchLoader<string, Source> Source => LazyInitializer.EnsureInitialized(ref _source, () => ById(reader.SourcesAsync, s => s.Id));

    public BatchLoader<string, Statement> Statement => LazyInitializer.EnsureInitialized(ref _statement, () => ById(reader.StatementsAsync, s => s.Id));

    public BatchLoader<string, IReadOnlyList<ClaimLink>> ClaimLinks => LazyInitializer.EnsureInitialized(
        ref _claimLinks, () => Grouped<ClaimLink>(reader.ClaimLinksAsync, l => [l.FromClaimId, l.ToClaimId]));

    public BatchLoader<string, IReadOnlyList<Actor>> Affiliates => LazyInitializer.EnsureInitialized(
        ref _affiliates, () => Grouped<Actor>(reader.AffiliatesAsync, a => [a.AffiliationId]));

    /// <summary>Per claim: statement counts by stance and actor (exact, however many statements the claim has).</summary>
    public BatchLoader<string, IReadOnlyList<ClaimStanceActor>> ClaimStances => LazyInitializer.EnsureInitialized(
        ref _claimStances, () => Grouped<ClaimStanceActor>(reader.ClaimStanceActorsAsync, c => [c.ClaimId]));

    /// <summary>At most <paramref name="limitPerKey"/> statements per key, lowest ids first (one loader per distinct arguments).</summary>
    public BatchLoader<string, IReadOnlyList<Statement>> FirstStatementsBy(StatementEdge edge, IReadOnlyCollection<Stance>? stances, int limitPerKey)
    {
        var stanceList = stances?.Distinct().Order().ToList();
        var stanceKey = stanceList is null ? "*" : string.Join(',', stanceList);
        return LazyInitializer.EnsureInitialized(ref _firstStatements, () => new()).GetOrAdd((edge, stanceKey, limitPerKey), _ => Grouped<Statement>(
            (keys, ct) => reader.FirstStatementsByAsync(edge, keys, stanceList, limitPerKey, ct), s => [EdgeKey(edge, s)]));
    }

    /// <summary>
    /// At most <paramref name="limitPerKey"/> statements per key and stance, lowest ids first: the stance groups of every
    /// claim in a level are read with one store call, not one per stance (one loader per pair of arguments).
    /// </summary>
    public BatchLoader<(string Key, Stance Stance), IReadOnlyList<Statement>> FirstStatementsByStance(StatementEdge edge, int limitPerKey) =>
        LazyInitializer.EnsureInitialized(ref _firstStatementsByStance, () => new()).GetOrAdd((edge, limitPerKey), _ =>
            new BatchLoader<(string Key, Stance Stance), IReadOnlyList<Statement>>(async (wanted, ct) =>
            {
                var groups = wanted.Distinct().ToDictionary(w => w, _ => new List<Statement>());
                var keys = groups.Keys.Select(w => w.Key).Distinct(StringComparer.Ordinal).ToList();
                var stances = groups.Keys.Select(w => w.Stance).Distinct().Order().ToList();
                foreach (var statement in await reader.FirstStatementsByStanceAsync(edge, keys, stances, limitPerKey, ct))
                {
                    if (EdgeKey(edge, statement) is { } key && groups.TryGetValue((key, statement.Stance), out var list))
                        list.Add(statement);
                }

                return groups.ToDictionary(g => g.Key, g => (IReadOnlyList<Statement>)g.Value);
            }));

    /// <summary>
    /// Contradictions per actor and direction, at most <paramref name="limitPerActor"/> each (one loader per limit): an actor's
    /// contradicts and contradictedBy come from one store call, which shares their work.
    /// </summary>
    public BatchLoader<(string ActorId, ContradictionDirection Direction), IReadOnlyList<Contradiction>> Contradictions(int limitPerActor) =>
        LazyInitializer.EnsureInitialized(ref _contradictions, () => new()).GetOrAdd(limitPerActor, limit =>
            new BatchLoader<(string ActorId, ContradictionDirection Direction), IReadOnlyList<Contradiction>>(async (wanted, ct) =>
            {
                var groups = wanted.Distinct().ToDictionary(w => w, _ => new List<Contradiction>());
                var actorIds = groups.Keys.Select(w => w.ActorId).Distinct(StringComparer.Ordinal).ToList();
                var directions = groups.Keys.Select(w => w.Direction).Distinct().Order().ToList();
                var each = await reader.ContradictionsEachWayAsync(actorIds, directions, limit, ct);
                for (var i = 0; i < directions.Count; i++)
                {
                    foreach (var contradiction in each[i])
                    {
                        if (groups.TryGetValue((contradiction.Own.ActorId, directions[i]), out var list))
                            list.Add(contradiction);
                    }
                }

                return groups.ToDictionary(g => g.Key, g => (IReadOnlyList<Contradiction>)g.Value);
            }));

    public BatchLoader<Statement, IReadOnlyList<AttributionStep>> Attribution => LazyInitializer.EnsureInitialized(
        ref _attribution, () => new BatchLoader<Statement, IReadOnlyList<AttributionStep>>(async (statements, ct) =>
        {
            var chains = await reader.AttributionChainsAsync(statements, ct);
            return statements.DistinctBy(s => s.Id).ToDictionary(s => s, s => chains[s.Id]);
        }));

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
