using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Core.Services;

/// <summary>
/// Builds <see cref="GraphSlice"/>s. A focused slice grows breadth-first from its focus nodes: one hop goes from a node
/// through its statements to their actors, claims, sources and relayers, and along the node's own references
/// (claim links, affiliation, publisher, author, citations). Each hop level costs a fixed number of batched store
/// calls, however many nodes it reaches. Without a focus the slice is the whole graph, up to the limit.
/// </summary>
public sealed class GraphSliceBuilder(IClaimStore store, IOptions<GraphOptions> options)
{
    private readonly GraphOptions _options = options.Value;

    public GraphOptions Options => _options;

    public async Task<GraphSlice> BuildAsync(GraphFocus focus, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(focus);
        if (focus.Depth < 0 || focus.Depth > _options.MaxDepth)
            throw ClaimGraphException.Invalid("depth", $"depth must be between 0 and {_options.MaxDepth} (ClaimGraph:Graph:MaxDepth).");
        if (focus.Limit < 1)
            throw ClaimGraphException.Invalid("limit", "limit must be at least 1.");

        var state = new SliceState(focus.Limit);
        if (focus.IsEmpty)
            await LoadWholeGraphAsync(state, ct);
        else
            await GrowAsync(state, focus, ct);
        await LoadReferencedActorsAsync(state, ct);
        return state.ToSlice();
    }

    private async Task LoadReferencedActorsAsync(SliceState state, CancellationToken ct)
    {
        var missing = state.Sources.Values.SelectMany(s => new[] { s.PublisherId, s.AuthorId }).OfType<string>()
            .Where(id => !state.Actors.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            state.ReferencedActors.AddRange(await store.GetActorsAsync(missing, ct));
    }

    private async Task LoadWholeGraphAsync(SliceState state, CancellationToken ct)
    {
        var page = new PageRequest(state.Limit + 1);
        var claims = (await store.QueryClaimsAsync(new ClaimQuery(), page, ct)).Items.Select(i => i.Node).ToList();
        var actors = (await store.QueryActorsAsync(new ActorQuery(), page, ct)).Items.Select(i => i.Node).ToList();
        var sources = (await store.QuerySourcesAsync(new SourceQuery(), page, ct)).Items.Select(i => i.Node).ToList();
        var admitted = state.Admit(
            claims.Select(c => (NodeKind.Claim, c.Id))
                .Concat(actors.Select(a => (NodeKind.Actor, a.Id)))
                .Concat(sources.Select(s => (NodeKind.Source, s.Id))));
        state.AddRecords(actors.Where(a => admitted.Contains((NodeKind.Actor, a.Id))),
            claims.Where(c => admitted.Contains((NodeKind.Claim, c.Id))),
            sources.Where(s => admitted.Contains((NodeKind.Source, s.Id))));

        var claimIds = state.Claims.Keys.ToList();
        if (claimIds.Count == 0)
            return;
        state.AddStatements(await store.GetStatementsByAsync(StatementEdge.Claim, claimIds, ct));
        state.AddLinks(await store.GetClaimLinksAsync(claimIds, ct));
    }

    private async Task GrowAsync(SliceState state, GraphFocus focus, CancellationToken ct)
    {
        var start = state.Admit(focus.Actors.Select(a => (NodeKind.Actor, a))
            .Concat(focus.Claims.Select(c => (NodeKind.Claim, c)))
            .Concat(focus.Sources.Select(s => (NodeKind.Source, s))));
        await LoadRecordsAsync(state, start, ct);
        RequireFound(state, focus);

        var frontier = start;
        var expandedClaims = new HashSet<string>(StringComparer.Ordinal);
        // A full slice still looks one level further, so that it can say whether the limit cut anything off.
        for (var level = 1; level <= focus.Depth && frontier.Count > 0; level++)
        {
            var actors = Keys(frontier, NodeKind.Actor);
            var claims = Keys(frontier, NodeKind.Claim);
            var sources = Keys(frontier, NodeKind.Source);
            expandedClaims.UnionWith(claims);

            var statements = new List<Statement>();
            if (actors.Count > 0)
                statements.AddRange(await store.GetStatementsByAsync(StatementEdge.Actor, actors, ct));
            if (claims.Count > 0)
                statements.AddRange(await store.GetStatementsByAsync(StatementEdge.Claim, claims, ct));
            if (sources.Count > 0)
                statements.AddRange(await store.GetStatementsByAsync(StatementEdge.Source, sources, ct));
            var links = claims.Count > 0 ? await store.GetClaimLinksAsync(claims, ct) : [];
            state.AddStatements(statements);
            state.AddLinks(links);

            var reached = new List<(NodeKind, string)>();
            foreach (var s in statements)
            {
                reached.Add((NodeKind.Actor, s.ActorId));
                reached.Add((NodeKind.Claim, s.ClaimId));
                reached.Add((NodeKind.Source, s.SourceId));
                if (s.RelayedById is { } relayer)
                    reached.Add((NodeKind.Actor, relayer));
            }

            reached.AddRange(links.SelectMany(l => new[] { (NodeKind.Claim, l.FromClaimId), (NodeKind.Claim, l.ToClaimId) }));
            reached.AddRange(ReferencesOf(state, frontier));
            frontier = state.Admit(reached.Distinct().Order(NodeOrder.Instance));
            await LoadRecordsAsync(state, frontier, ct);
        }

        // Claims reached at the last hop: their statements complete the stance edges between nodes already in the
        // slice and say whether the claims are contested. One more batched call.
        var unexpanded = state.Claims.Keys.Where(c => !expandedClaims.Contains(c)).ToList();
        if (unexpanded.Count > 0)
            state.AddStatements(await store.GetStatementsByAsync(StatementEdge.Claim, unexpanded, ct));
    }

    private static IEnumerable<(NodeKind, string)> ReferencesOf(SliceState state, IReadOnlyList<(NodeKind Kind, string Key)> nodes)
    {
        foreach (var (kind, key) in nodes)
        {
            if (kind == NodeKind.Actor && state.Actors.GetValueOrDefault(key)?.AffiliationId is { } affiliation)
                yield return (NodeKind.Actor, affiliation);
            if (kind != NodeKind.Source || state.Sources.GetValueOrDefault(key) is not { } source)
                continue;
            if (source.PublisherId is { } publisher)
                yield return (NodeKind.Actor, publisher);
            if (source.AuthorId is { } author)
                yield return (NodeKind.Actor, author);
            foreach (var cited in source.CitedSourceIds)
                yield return (NodeKind.Source, cited);
        }
    }

    private async Task LoadRecordsAsync(SliceState state, IReadOnlyList<(NodeKind Kind, string Key)> nodes, CancellationToken ct)
    {
        var actors = Keys(nodes, NodeKind.Actor);
        var claims = Keys(nodes, NodeKind.Claim);
        var sources = Keys(nodes, NodeKind.Source);
        state.AddRecords(
            actors.Count > 0 ? await store.GetActorsAsync(actors, ct) : [],
            claims.Count > 0 ? await store.GetClaimsAsync(claims, ct) : [],
            sources.Count > 0 ? await store.GetSourcesAsync(sources, ct) : []);
    }

    private static void RequireFound(SliceState state, GraphFocus focus)
    {
        // Focus nodes past the limit were never looked up; only admitted ones must exist.
        foreach (var id in focus.Actors.Where(id => state.Contains(NodeKind.Actor, id) && !state.Actors.ContainsKey(id)))
            throw ClaimGraphException.NotFound("actor", id, "actors");
        foreach (var id in focus.Claims.Where(id => state.Contains(NodeKind.Claim, id) && !state.Claims.ContainsKey(id)))
            throw ClaimGraphException.NotFound("claim", id, "claims");
        foreach (var id in focus.Sources.Where(id => state.Contains(NodeKind.Source, id) && !state.Sources.ContainsKey(id)))
            throw ClaimGraphException.NotFound("source", id, "sources");
    }

    private static List<string> Keys(IEnumerable<(NodeKind Kind, string Key)> nodes, NodeKind kind) =>
        nodes.Where(n => n.Kind == kind).Select(n => n.Key).ToList();
}
