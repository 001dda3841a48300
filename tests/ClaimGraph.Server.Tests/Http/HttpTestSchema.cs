using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>The small schema the transport tests run against.</summary>
public sealed class HttpTestSchema : Schema
{
    public HttpTestSchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<HttpTestQuery>();
        Mutation = services.GetRequiredService<HttpTestMutation>();
    }
}
