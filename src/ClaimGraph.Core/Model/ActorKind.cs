namespace ClaimGraph.Core.Model;

public enum ActorKind
{
    Person,
    Organisation,
    ArmedGroup,
    Government,
    Coalition,
    MediaOutlet,
    AnonymousSource,
    Other,
}
