using ClaimGraph.Core.Services;
using ClaimGraph.Server.Export;
using ClaimGraph.Server.WebSockets;

namespace ClaimGraph.Server;

/// <summary>Wiring of issue 3's back end: the change bus, graph slices and aggregates, subscriptions over WebSocket, exports.</summary>
public static class DashboardSetup
{
    public static void AddDashboards(this IServiceCollection services, IConfiguration section)
    {
        services.AddSingleton<GraphChangeBus>();
        services.AddSingleton<IGraphChangeSink>(sp => sp.GetRequiredService<GraphChangeBus>());
        services.Configure<GraphOptions>(section.GetSection("Graph"));
        services.AddSingleton<GraphSliceBuilder>();
        services.AddSingleton<DashboardStats>();
        services.AddGraphQLWebSockets(section.GetSection("WebSockets"));
    }
}
