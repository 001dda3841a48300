using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>
/// Changes to an actor: null leaves a field as it is; an empty string clears an optional text or
/// reference; <see cref="Aliases"/>, when given, replaces the whole list.
/// </summary>
public sealed record ActorPatch(
    string? Name = null,
    string? Language = null,
    ActorKind? Kind = null,
    IReadOnlyList<Alias>? Aliases = null,
    string? Description = null,
    string? Affiliation = null,
    string? Role = null)
{
    public Actor ApplyTo(Actor actor) => actor with
    {
        Name = Name ?? actor.Name,
        Language = Language ?? actor.Language,
        Kind = Kind ?? actor.Kind,
        Aliases = Aliases ?? actor.Aliases,
        Description = Clearable(Description, actor.Description),
        AffiliationId = Clearable(Affiliation, actor.AffiliationId),
        Role = Clearable(Role, actor.Role),
    };

    private static string? Clearable(string? given, string? current) =>
        given is null ? current : given.Length == 0 ? null : given;
}
