using ClaimGraph.Core.Model;

namespace ClaimGraph.GraphQL.Inputs.Ingest;

public sealed record DraftActorInput(
    string Ref,
    string Name,
    string Language,
    ActorKind Kind,
    string? MatchedActorId = null,
    string? Role = null,
    string? Description = null);
