using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs;

public sealed record CreateActorInput(
    string Name,
    string Language,
    ActorKind Kind,
    string? Key = null,
    List<AliasInput>? Aliases = null,
    string? Description = null,
    string? Affiliation = null,
    string? Role = null,
    string? ScopeSource = null);
