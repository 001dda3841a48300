using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>
/// A node of a <see cref="GraphSlice"/>. <see cref="Label"/> is the actor's name, the claim's text or the source's
/// title, in <see cref="Language"/>; <see cref="Subkind"/> is the actor or source kind (SCREAMING_SNAKE_CASE).
/// </summary>
public sealed record GraphSliceNode(
    NodeKind Kind,
    string Key,
    string Label,
    string Language,
    string? Subkind,
    bool Anonymous,
    bool Contested)
{
    /// <summary>The global id, as the API writes it ("Actor:sdf").</summary>
    public string Id => GraphSliceIds.Of(Kind, Key);
}
