using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Import;

public sealed record ActorRecord(
    string Id,
    string Name,
    string Language,
    ActorKind Kind,
    IReadOnlyList<Alias>? Aliases = null,
    string? Description = null,
    string? Affiliation = null,
    string? Role = null,
    string? ScopeSource = null) : ImportRecord
{
    public Actor ToModel() => new(Id, Name, Language, Kind, Aliases ?? [], Description, Affiliation, Role, ScopeSource);

    public static ActorRecord FromModel(Actor a) =>
        new(a.Id, a.Name, a.Language, a.Kind, a.Aliases, a.Description, a.AffiliationId, a.Role, a.ScopeSourceId);
}
