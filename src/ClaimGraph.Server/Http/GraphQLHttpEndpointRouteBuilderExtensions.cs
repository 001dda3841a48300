using GraphQL;
using GraphQL.Types;

namespace ClaimGraph.Server.Http;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <see cref="GraphQLHttpEndpoint"/> at <paramref name="pattern"/> for every HTTP method (it answers 405 itself
    /// for anything but GET and POST). Needs <c>services.AddGraphQLHttp(…)</c> and <c>services.AddGraphQL(b =&gt;
    /// b.AddSchema&lt;…&gt;().AddSystemTextJson(GraphQLHttpJson.Configure))</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var endpoint = services.GetService<GraphQLHttpEndpoint>()
            ?? throw new InvalidOperationException("Call services.AddGraphQLHttp(…) before mapping the GraphQL endpoint.");
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        if (!isService.IsService(typeof(IGraphQLTextSerializer)) || !isService.IsService(typeof(IDocumentExecuter<ISchema>)))
        {
            throw new InvalidOperationException(
                "The GraphQL endpoint needs GraphQL.NET: call services.AddGraphQL(b => b.AddSchema<…>().AddSystemTextJson(GraphQLHttpJson.Configure)).");
        }

        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName("GraphQL over HTTP");
    }
}
