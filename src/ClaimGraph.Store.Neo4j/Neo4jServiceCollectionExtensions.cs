using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Store.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store with settings from <paramref name="section"/> (ClaimGraph:Neo4j: Url, Database,
    /// User, Password or Token, RequestTimeout, MaxRetries, RetryDelay). Url, User and Password fall back
    /// to the CLAIMGRAPH_NEO4J_URL, CLAIMGRAPH_NEO4J_USER and CLAIMGRAPH_NEO4J_PASSWORD environment variables.
    /// </summary>
    public static IServiceCollection AddNeo4jStore(this IServiceCollection services, IConfiguration section) =>
        services.AddNeo4jStore(o =>
        {
            section.Bind(o);
            o.Url = FirstSet(o.Url, Environment.GetEnvironmentVariable("CLAIMGRAPH_NEO4J_URL")) ?? string.Empty;
            o.User = FirstSet(o.User, Environment.GetEnvironmentVariable("CLAIMGRAPH_NEO4J_USER"));
            o.Password = FirstSet(o.Password, Environment.GetEnvironmentVariable("CLAIMGRAPH_NEO4J_PASSWORD"));
        });

    /// <summary>Registers <see cref="Neo4jClaimStore"/> over the HTTP Query API as the singleton <see cref="IClaimStore"/>.</summary>
    public static IServiceCollection AddNeo4jStore(this IServiceCollection services, Action<Neo4jStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<Neo4jStoreOptions>()
            .Configure(configure)
            .Validate(o => Uri.TryCreate(o.Url, UriKind.Absolute, out _), "ClaimGraph:Neo4j:Url must be the server's http(s) address, such as http://localhost:7474.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Database), "ClaimGraph:Neo4j:Database must not be empty.");
        services.TryAddSingleton<ICypherRunner>(sp => new QueryApiClient(sp.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value));
        services.TryAddSingleton(sp => new Neo4jClaimStore(sp.GetRequiredService<ICypherRunner>()));
        services.TryAddSingleton<IClaimStore>(sp => sp.GetRequiredService<Neo4jClaimStore>());
        return services;
    }

    private static string? FirstSet(string? value, string? fallback) => string.IsNullOrEmpty(value) ? fallback : value;
}
