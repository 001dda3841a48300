using ClaimGraph.Core.Import;
using ClaimGraph.Core.Services;
using ClaimGraph.GraphQL;
using ClaimGraph.Ingest;
using ClaimGraph.Server.Export;
using ClaimGraph.Server.Frontend;
using ClaimGraph.Server.Health;
using ClaimGraph.Server.Http;
using ClaimGraph.Server.Operability;
using ClaimGraph.Server.Seeding;
using ClaimGraph.Server.WebSockets;
using ClaimGraph.Store.Neo4j;
using ClaimGraph.Store.Sqlite;

namespace ClaimGraph.Server;

/// <summary>The service's wiring, shared by the web host and the CLI verbs.</summary>
public static class ServerSetup
{
    public static void AddClaimGraph(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ClaimGraph");
        var store = section["Store"] ?? "sqlite";
        if (string.Equals(store, "neo4j", StringComparison.OrdinalIgnoreCase))
            services.AddNeo4jStore(section.GetSection("Neo4j"));
        else if (!string.Equals(store, "sqlite", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"ClaimGraph:Store '{store}' is not known; use 'sqlite' or 'neo4j'.");
        else
            services.AddSqliteStore(o => o.DataDirectory = Path.GetFullPath(section["DataDirectory"] ?? "data"));

        services.Configure<ReadOptions>(section.GetSection("Paging"));
        services.Configure<SeedOptions>(section.GetSection("Seed"));
        services.AddSingleton<ClaimGraphReader>();
        services.AddSingleton<ClaimGraphCommands>();
        services.AddSingleton<GraphImporter>();
        services.AddSingleton<Seeder>();
        services.AddClaimGraphGraphQL();
        services.AddGraphQLHttp(section.GetSection("GraphQL"));
        services.AddDashboards(section);
        services.AddClaimGraphOperability(section);
        services.AddClaimGraphIngest(section.GetSection("Ingest"));
    }

    public static WebApplication MapClaimGraph(this WebApplication app)
    {
        app.UseClaimGraphOperability();
        app.UseGraphQLWebSockets("/graphql");
        app.MapGraphQLEndpoint("/graphql");
        app.MapHealth();
        app.MapExports();
        app.UseClientApp();
        return app;
    }
}
