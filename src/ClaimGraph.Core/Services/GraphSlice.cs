using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>
/// A subgraph for visualisation and export: nodes and edges (each edge between two nodes of the slice), whether the
/// node limit cut it short, and the records behind it (the statements are those drawn as stance edges).
/// </summary>
public sealed record GraphSlice(
    IReadOnlyList<GraphSliceNode> Nodes,
    IReadOnlyList<GraphSliceEdge> Edges,
    bool Truncated,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Statement> Statements);
