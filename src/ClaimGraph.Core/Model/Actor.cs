namespace ClaimGraph.Core.Model;

/// <summary>
/// Someone who takes stances: a person, group, government, outlet or an anonymous source.
/// Anonymous sources carry <see cref="ScopeSourceId"/>, the source that cites them, so that
/// "informed sources" in two articles stay two actors until someone merges them.
/// </summary>
public sealed record Actor(
    string Id,
    string Name,
    string Language,
    ActorKind Kind,
    IReadOnlyList<Alias> Aliases,
    string? Description = null,
    string? AffiliationId = null,
    string? Role = null,
    string? ScopeSourceId = null)
{
    public IEnumerable<string> AllNames => Aliases.Select(a => a.Name).Prepend(Name);
}
