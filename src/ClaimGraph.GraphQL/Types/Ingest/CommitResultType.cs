using ClaimGraph.Core.Model;
using ClaimGraph.GraphQL.Schema;
using ClaimGraph.Ingest.Draft;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types.Ingest;

public sealed class CommitResultType : ObjectGraphType<CommitResult>
{
    public CommitResultType()
    {
        Name = "CommitResult";
        Description = "What committing a draft wrote, in one transaction.";
        Field<NonNullGraphType<IdGraphType>>("sourceId").Resolve(ctx => GlobalId.Of(NodeKind.Source, ctx.Source.SourceId));
        Field(r => r.Actors);
        Field(r => r.Claims);
        Field(r => r.Statements);
    }
}
