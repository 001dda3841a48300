using System.Text.Encodings.Web;
using System.Text.Unicode;
using ClaimGraph.Core.Services;
using ClaimGraph.GraphQL.Loading;
using ClaimGraph.GraphQL.Schema;
using GraphQL;
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
            .AddSystemTextJson(options => options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All)));
        return services;
    }
}
