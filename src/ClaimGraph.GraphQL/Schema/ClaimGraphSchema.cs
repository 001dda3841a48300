
namespace ClaimGraph.GraphQL.Schema;

public sealed class ClaimGraphSchema : global::GraphQL.Types.Schema
{
    public ClaimGraphSchema(IServiceProvider services, ClaimGraphQuery query, ClaimGraphMutation mutation)
        : base(services)
    {
        Description = "ClaimGraph: who asserted, denied, confirmed or demanded what, where it was reported, and who contradicts whom.";
        Query = query;
        Mutation = mutation;
    }
}
