using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ClaimGraph.Server.Tests.WebSockets;

/// <summary>A raw graphql-transport-ws client over System.Net.WebSockets, for checking the protocol message by message.</summary>
public sealed class WsTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();

    public WebSocketCloseStatus? CloseStatus { get; private set; }

    public string? CloseReason { get; private set; }

    public static async Task<WsTestClient> ConnectAsync(Uri server, string? protocol = "graphql-transport-ws", string? apiKey = Api.ClaimGraphApp.AdminKey)
    {
        var client = new WsTestClient();
        if (apiKey is not null)
            client._socket.Options.SetRequestHeader("X-Api-Key", apiKey);
        if (protocol is not null)
            client._socket.Options.AddSubProtocol(protocol);
        using var timeout = new CancellationTokenSource(Wait);
        await client._socket.ConnectAsync(new UriBuilder(new Uri(server, "/graphql")) { Scheme = "ws" }.Uri, timeout.Token);
        return client;
    }

    public string? NegotiatedProtocol => _socket.SubProtocol;

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Wait);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public Task SendAsync(JsonObject message) => SendAsync(message.ToJsonString());

    public async Task InitAsync()
    {
        await SendAsync("""{"type":"connection_init"}""");
        var ack = await ReceiveAsync();
        if ((string?)ack?["type"] != "connection_ack")
            throw new InvalidOperationException($"Expected connection_ack, got {ack?.ToJsonString() ?? $"close {CloseStatus}"}");
    }

    /// <summary>The next message, or null when the server closed the socket (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Wait);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                CloseStatus = result.CloseStatus;
                CloseReason = result.CloseStatusDescription;
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return JsonNode.Parse(message.ToArray())!.AsObject();
        }
    }

    /// <summary>Reads until the server closes, and returns the close code.</summary>
    public async Task<int> ClosedWithAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return (int)CloseStatus!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
    }
}
