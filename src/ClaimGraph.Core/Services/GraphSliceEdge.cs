using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>
/// An edge of a <see cref="GraphSlice"/> between two node ids (global ids). Stance edges are statements: their id is
/// the statement's global id and <see cref="StatementId"/> its key; other edges have a derived id.
/// </summary>
public sealed record GraphSliceEdge(
    string Id,
    string Source,
    string Target,
    GraphEdgeKind Kind,
    string Label,
    Stance? Stance = null,
    string? StatementId = null);
