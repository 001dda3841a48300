using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Store.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
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
}
