using ClaimGraph.Core.Model;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class ActorKindType : EnumerationGraphType<ActorKind>
{
    public ActorKindType()
    {
        Name = "ActorKind";
        Description = "The kind of actor. ANONYMOUS_SOURCE actors are scoped to the source that cites them.";
    }
}
