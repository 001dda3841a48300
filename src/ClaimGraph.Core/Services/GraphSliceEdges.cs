using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>Draws a slice's edges from its statements, links and records; an edge is drawn only when both ends are in the slice.</summary>
internal sealed class GraphSliceEdges(SliceState state)
{
    private readonly List<GraphSliceEdge> _edges = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyList<GraphSliceEdge> Build(IReadOnlyList<Statement> statements, IReadOnlyList<Statement> drawn, IEnumerable<ClaimLink> links)
    {
        foreach (var s in drawn)
        {
            Add(new GraphSliceEdge(GraphSliceIds.Of(NodeKind.Statement, s.Id), Id(NodeKind.Actor, s.ActorId), Id(NodeKind.Claim, s.ClaimId),
                GraphEdgeKind.Stance, s.Stance.ToString().ToLowerInvariant(), s.Stance, s.Id));
        }

        foreach (var s in statements)
        {
            Pair(GraphEdgeKind.ReportedIn, NodeKind.Claim, s.ClaimId, NodeKind.Source, s.SourceId, "reported in");
            Pair(GraphEdgeKind.RelayedBy, NodeKind.Actor, s.ActorId, NodeKind.Actor, s.RelayedById, "relayed by");
        }

        foreach (var a in state.Actors.Values)
            Pair(GraphEdgeKind.AffiliatedWith, NodeKind.Actor, a.Id, NodeKind.Actor, a.AffiliationId, a.Role ?? "affiliated with");

        foreach (var s in state.Sources.Values)
        {
            Pair(GraphEdgeKind.PublishedBy, NodeKind.Source, s.Id, NodeKind.Actor, s.PublisherId, "published by");
            Pair(GraphEdgeKind.WrittenBy, NodeKind.Source, s.Id, NodeKind.Actor, s.AuthorId, "written by");
            foreach (var cited in s.CitedSourceIds)
                Pair(GraphEdgeKind.Cites, NodeKind.Source, s.Id, NodeKind.Source, cited, "cites");
        }

        foreach (var l in links.OrderBy(l => l.FromClaimId, StringComparer.Ordinal).ThenBy(l => l.ToClaimId, StringComparer.Ordinal).ThenBy(l => l.Kind))
            Pair(GraphEdgeKind.ClaimLink, NodeKind.Claim, l.FromClaimId, NodeKind.Claim, l.ToClaimId, l.Kind.ToString().ToLowerInvariant(), l.Kind.ToString().ToUpperInvariant());

        return _edges;
    }

    private void Pair(GraphEdgeKind kind, NodeKind fromKind, string from, NodeKind toKind, string? to, string label, string? qualifier = null)
    {
        if (!state.Has(fromKind, from) || !state.Has(toKind, to))
            return;
        var source = Id(fromKind, from);
        var target = Id(toKind, to!);
        // Keys hold no ':', so "TYPE:Kind:key:Kind:key" is unambiguous; it is also an XML NMTOKEN, as GraphML ids must be.
        Add(new GraphSliceEdge($"{EnumNames.Screaming(kind)}:{source}:{target}{(qualifier is null ? "" : ":" + qualifier)}", source, target, kind, label));
    }

    private void Add(GraphSliceEdge edge)
    {
        if (_ids.Add(edge.Id))
            _edges.Add(edge);
    }

    private static string Id(NodeKind kind, string key) => GraphSliceIds.Of(kind, key);
}
