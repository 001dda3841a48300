using System.Text.Encodings.Web;
using System.Text.Unicode;
using ClaimGraph.Core.Services;
using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.GraphQL;

public static class ServiceCollectionExtensions
{
    /// <summary>The schema, its per-request loaders and a JSON serializer that keeps Arabic readable.</summary>
    public static IServiceCollection AddClaimGraphGraphQL(this IServiceCollection services)
    {
        services.AddScoped<ClaimGraphLoaders>();
        services.AddScoped<WriteStampLoaders>();
        services.AddGraphQL(builder => builder
            .AddSchema<ClaimGraphSchema>()
            .AddGraphTypes(typeof(ClaimGraphSchema).Assembly)
            // Each subscription event runs in a service scope of its own, so per-request loaders never serve stale records.
            .AddExecutionStrategy<ScopedSubscriptionExecutionStrategy>(OperationType.Subscription)
            .AddSystemTextJson(options => options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All)));
        return services;
    }
}
