using ClaimGraph.Core.Store;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class StatGroupingType : EnumerationGraphType<StatGrouping>
{
    public StatGroupingType()
    {
        Name = "StatGrouping";
        Description = "What statement counts are grouped by, besides their stance.";
    }
}
