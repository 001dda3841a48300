using ClaimGraph.Core.Store;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class TimeBucketType : EnumerationGraphType<TimeBucket>
{
    public TimeBucketType()
    {
        Name = "TimeBucket";
        Description = "Width of a time bucket; buckets start at 00:00 UTC, weeks on Monday.";
    }
}
