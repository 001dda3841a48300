using ClaimGraph.Core.Model;

namespace ClaimGraph.Ingest.Draft;

/// <summary>
/// An actor the article mentions. When <see cref="MatchedActorId"/> is set the actor exists and
/// <see cref="Ref"/> is its id; otherwise it is proposed as new under <see cref="Ref"/> (anonymous
/// sources are scoped to the draft's source).
/// </summary>
public sealed record DraftActor(
    string Ref,
    string Name,
    string Language,
    ActorKind Kind,
    string? MatchedActorId = null,
    string? Role = null,
    string? Description = null)
{
    public bool IsNew => MatchedActorId is null;
}
