using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.WebSockets;

public static class GraphQLWebSocketExtensions
{
    /// <summary>Registers the graphql-transport-ws endpoint with options from <paramref name="section"/> (ClaimGraph:WebSockets).</summary>
    public static IServiceCollection AddGraphQLWebSockets(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<GraphQLWebSocketOptions>().Bind(section);
        services.AddSingleton<GraphQLWsExecutor>();
        return services;
    }

    /// <summary>Serves graphql-transport-ws at <paramref name="path"/>; call before mapping the HTTP endpoint at the same path.</summary>
    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder app, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<GraphQLWebSocketOptions>>().Value;
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = options.KeepAliveInterval });
        return app.UseMiddleware<GraphQLWebSocketMiddleware>(new PathString(path));
    }
}
