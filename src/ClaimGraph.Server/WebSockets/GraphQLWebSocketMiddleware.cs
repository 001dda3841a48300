using System.Net.WebSockets;
using ClaimGraph.Server.Auth;
using ClaimGraph.Server.Http;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.WebSockets;

/// <summary>
/// Takes WebSocket upgrades at the GraphQL path before endpoint routing (the HTTP endpoint answers every method
/// there) and speaks graphql-transport-ws; everything else passes on.
/// </summary>
internal sealed class GraphQLWebSocketMiddleware(
    RequestDelegate next,
    PathString path,
    GraphQLWsExecutor executor,
    ApiKeyAuthenticator authenticator,
    IOptionsMonitor<GraphQLWebSocketOptions> options,
    IOptionsMonitor<GraphQLHttpOptions> httpOptions)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || !context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWsMessages.Protocol))
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseAsync((WebSocketCloseStatus)GraphQLWsCloseCodes.SubprotocolNotAcceptable,
                $"Subprotocol not acceptable: use {GraphQLWsMessages.Protocol}", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(GraphQLWsMessages.Protocol);
        await using var connection = new GraphQLWsConnection(context, socket, executor, authenticator, options.CurrentValue, httpOptions.CurrentValue.MaxRequestBytes);
        await connection.RunAsync(context.RequestAborted);
    }
}
