using ClaimGraph.Core.Model;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class NodeKindType : EnumerationGraphType<NodeKind>
{
    public NodeKindType()
    {
        Name = "NodeKind";
        Description = "The kinds of node in the claim graph.";
    }
}
