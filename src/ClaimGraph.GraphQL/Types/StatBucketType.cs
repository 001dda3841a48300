using ClaimGraph.Core.Services;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class StatBucketType : ObjectGraphType<StatBucket>
{
    public StatBucketType()
    {
        Name = "StatBucket";
        Description = "How many statements in one group take one stance.";
        Field(b => b.Key, nullable: true).Description("The actor's, source's or claim's global id; the bucket's start date (yyyy-MM-dd, UTC) for TIME; null for STANCE.");
        Field(b => b.Label).Description("The name, title or claim text; the date for TIME; the stance for STANCE.");
        Field<NonNullGraphType<StanceType>>("stance").Resolve(ctx => ctx.Source.Stance);
        Field(b => b.Count);
    }
}
