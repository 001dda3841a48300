using ClaimGraph.Core.Model;
using ClaimGraph.GraphQL.Schema;
using ClaimGraph.Ingest.Draft;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types.Ingest;

public sealed class DraftActorType : ObjectGraphType<DraftActor>
{
    public DraftActorType()
    {
        Name = "DraftActor";
        Description = "An actor the article mentions: matched to a stored actor (isNew false, matchedActorId set) or proposed as new with a kind.";
        Field(a => a.Ref).Description("How statements refer to this actor: the stored actor's key when matched, a new key otherwise.");
        Field(a => a.Name);
        Field(a => a.Language);
        Field(a => a.Kind, type: typeof(NonNullGraphType<ActorKindType>));
        Field(a => a.IsNew);
        Field<IdGraphType>("matchedActorId").Resolve(ctx => ctx.Source.MatchedActorId is { } id ? GlobalId.Of(NodeKind.Actor, id) : null);
        Field(a => a.Role, nullable: true);
        Field(a => a.Description, nullable: true);
    }
}
