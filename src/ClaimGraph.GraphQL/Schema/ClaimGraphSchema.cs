
namespace ClaimGraph.GraphQL.Schema;

public sealed class ClaimGraphSchema : global::GraphQL.Types.Schema
{
    public ClaimGraphSchema(IServiceProvider services, ClaimGraphQuery query, ClaimGraphMutation mutation, ClaimGraphSubscription subscription)
        : base(services)
    {
        Description = "ClaimGraph: who asserted, denied, confirmed or demanded what, where it was reported, and who contradicts whom.";
        // GraphiQL's introspection asks for deprecated input values (includeDeprecated on args and input fields).
        Features.DeprecationOfInputValues = true;
        Features.RepeatableDirectives = true;
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}
