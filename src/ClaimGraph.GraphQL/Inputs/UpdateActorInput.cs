using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs;

public sealed record UpdateActorInput(
    string? Name = null,
    string? Language = null,
    ActorKind? Kind = null,
    List<AliasInput>? Aliases = null,
    string? Description = null,
    string? Affiliation = null,
    string? Role = null);
