using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.Http;

/// <summary>Registers the GraphQL-over-HTTP endpoint. GraphQL.NET itself is registered separately with <c>services.AddGraphQL(…)</c>.</summary>
public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GraphQLHttpEndpoint"/> with options bound from <paramref name="section"/>, normally
    /// <c>configuration.GetSection(GraphQLHttpOptions.SectionName)</c>, then adjusted by <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, IConfiguration section, Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<GraphQLHttpOptions>().Bind(section);
        return services.AddGraphQLHttp(configure);
    }

    /// <summary>Registers <see cref="GraphQLHttpEndpoint"/> with default options adjusted by <paramref name="configure"/>.</summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, Action<GraphQLHttpOptions>? configure = null)
    {
        var builder = services.AddOptions<GraphQLHttpOptions>();
        if (configure is not null)
            builder.Configure(configure);
        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphQLHttpOptions>, GraphQLHttpOptionsValidator>());
        services.TryAddSingleton<GraphQLHttpEndpoint>();
        // What GraphQL.NET's builder.ConfigureExecution<T>() registers; the executer runs every IConfigureExecution.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, ParsedDocumentCache>());
        return services;
    }
}
