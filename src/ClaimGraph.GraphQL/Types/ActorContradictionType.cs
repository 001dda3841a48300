using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class ActorContradictionType : ObjectGraphType<ActorContradiction>
{
    public ActorContradictionType()
    {
        Name = "ActorContradiction";
        Description = "An actor on the other side, with the statements that put them there.";
        Field<NonNullGraphType<ActorType>>("actor").Resolve(ctx => ctx.Loaders().Actor.Load(ctx.Source.OtherActorId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContradictionEvidenceType>>>>("evidence").Resolve(ctx => ctx.Source.Evidence);
    }
}
