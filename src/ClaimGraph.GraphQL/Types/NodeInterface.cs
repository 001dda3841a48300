using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything with a global id, fetchable with node(id:).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id, \"Type:key\".");
    }
}
