using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.GraphQL.Schema;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class DeletionResultType : ObjectGraphType<DeletionResult>
{
    public DeletionResultType()
    {
        Name = "DeletionResult";
        Description = "What a deletion removed, under the rules in graph-schema/model.md.";
        Field<NonNullGraphType<IdGraphType>>("deletedId").Resolve(ctx => GlobalId.Of(ctx.Source.Kind, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("deletedStatementIds")
            .Resolve(ctx => ctx.Source.DeletedStatementIds.Select(id => GlobalId.Of(NodeKind.Statement, id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("deletedActorIds")
            .Description("Anonymous sources that went with their source.")
            .Resolve(ctx => ctx.Source.DeletedActorIds.Select(id => GlobalId.Of(NodeKind.Actor, id)));
    }
}
