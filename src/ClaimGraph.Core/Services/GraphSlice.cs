using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>
/// A subgraph for visualisation and export: nodes and edges (each edge between two nodes of the slice), whether the
/// node limit cut it short, and the records behind it (the statements are those drawn as stance edges).
/// <see cref="ReferencedActors"/> are publishers and authors of the slice's sources that are not nodes of it, so that
/// exports can name them.
/// </summary>
public sealed record GraphSlice(
    IReadOnlyList<GraphSliceNode> Nodes,
    IReadOnlyList<GraphSliceEdge> Edges,
    bool Truncated,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Actor> ReferencedActors);
