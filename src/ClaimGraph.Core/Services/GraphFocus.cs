namespace ClaimGraph.Core.Services;

/// <summary>
/// Where a <see cref="GraphSlice"/> starts (bare keys) and how far it reaches. No focus at all means the whole graph,
/// up to <see cref="Limit"/> nodes.
/// </summary>
public sealed record GraphFocus(
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Claims,
    IReadOnlyList<string> Sources,
    int Depth = 2,
    int Limit = 200)
{
    public bool IsEmpty => Actors.Count == 0 && Claims.Count == 0 && Sources.Count == 0;
}
