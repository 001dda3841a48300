using ClaimGraph.Core.Services;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class GraphEdgeKindType : EnumerationGraphType<GraphEdgeKind>
{
    public GraphEdgeKindType()
    {
        Name = "GraphEdgeType";
        Description = "STANCE: actor → claim, one per statement. REPORTED_IN: claim → source. RELAYED_BY: speaker → relaying actor. PUBLISHED_BY / WRITTEN_BY: source → actor. AFFILIATED_WITH: actor → actor. CITES: source → source. CLAIM_LINK: claim → claim.";
    }
}
