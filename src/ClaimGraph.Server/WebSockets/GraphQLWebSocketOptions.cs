namespace ClaimGraph.Server.WebSockets;

/// <summary>Settings of the graphql-transport-ws endpoint (configuration section ClaimGraph:WebSockets).</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>How long a client may take to send connection_init before the socket closes with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the server sends WebSocket-level keep-alive frames.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most operations one connection may run at once; subscribing to more closes with 4400.</summary>
    public int MaxOperations { get; set; } = 100;
}
