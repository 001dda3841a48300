using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ClaimGraph.Server.Auth;

namespace ClaimGraph.Server.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: connection_init within the timeout (else 4408), one init only (4429),
/// ping → pong, subscribe only after the ack (4401) with ids unique among running operations (4409), complete from
/// either side, and 4400 for anything malformed. Every send goes through one queue, so frames never interleave.
/// </summary>
internal sealed class GraphQLWsConnection : IAsyncDisposable
{
    private readonly WebSocket _socket;
    private readonly GraphQLWsExecutor _executor;
    private readonly ApiKeyAuthenticator _authenticator;
    private readonly GraphQLWebSocketOptions _options;
    private readonly long _maxMessageBytes;
    private readonly Channel<Outgoing> _outbox = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, IAsyncDisposable?> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime = new();
    private int _initReceived;
    private volatile bool _acknowledged;
    private volatile bool _closing;

    public GraphQLWsConnection(HttpContext httpContext, WebSocket socket, GraphQLWsExecutor executor, ApiKeyAuthenticator authenticator, GraphQLWebSocketOptions options, long maxMessageBytes)
    {
        HttpContext = httpContext;
        _socket = socket;
        _executor = executor;
        _authenticator = authenticator;
        _options = options;
        _maxMessageBytes = maxMessageBytes;
    }

    /// <summary>
    /// The upgrade request: its user is the caller of every operation on the socket, proven by the upgrade's headers
    /// or, when <c>connection_init</c> presents a key, by that key.
    /// </summary>
    public HttpContext HttpContext { get; }

    public async Task RunAsync(CancellationToken aborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, _lifetime.Token);
        var writer = WriteLoopAsync(linked.Token);
        var initTimer = CloseUnlessInitialisedAsync(linked.Token);
        try
        {
            await ReadLoopAsync(linked.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away or the connection was shut down.
        }
        finally
        {
            _outbox.Writer.TryComplete();
            await StopOperationsAsync();
            // Let the writer send what is queued (a close frame above all) before cancelling it.
            await Task.WhenAny(Quietly(writer), Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None));
            await _lifetime.CancelAsync();
            await Task.WhenAll(Quietly(writer), Quietly(initTimer));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopOperationsAsync();
        _lifetime.Dispose();
    }

    /// <summary>Queues a message for the operation <paramref name="id"/>, unless the operation has ended.</summary>
    public void SendFor(string id, string message, bool final)
    {
        if (final ? _operations.TryRemove(id, out _) : _operations.ContainsKey(id))
            Send(message);
    }

    private void Send(string message)
    {
        if (!_closing)
            _outbox.Writer.TryWrite(new Outgoing(message, null, null));
    }

    private void Close(int code, string reason)
    {
        if (_closing)
            return;
        _closing = true;
        // A close reason may hold at most 123 bytes of UTF-8.
        while (Encoding.UTF8.GetByteCount(reason) > 123)
            reason = reason[..^1];
        _outbox.Writer.TryWrite(new Outgoing(null, code, reason));
        _outbox.Writer.TryComplete();
    }

    private async Task ReadLoopAsync(CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var received = await _socket.ReceiveAsync(buffer, ct);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                Close(received.CloseStatus is { } status ? (int)status : (int)WebSocketCloseStatus.NormalClosure, "");
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (message.Length > _maxMessageBytes)
            {
                Close(GraphQLWsCloseCodes.BadRequest, "Message too large");
                message.SetLength(0);
                continue;
            }

            if (!received.EndOfMessage)
                continue;
            var bytes = message.ToArray();
            message.SetLength(0);
            if (_closing)
                continue;
            if (received.MessageType != WebSocketMessageType.Text)
                Close(GraphQLWsCloseCodes.BadRequest, "Messages must be JSON text frames");
            else
                await HandleAsync(bytes);
        }
    }

    private async Task HandleAsync(byte[] bytes)
    {
        JsonObject? message;
        try
        {
            message = JsonNode.Parse(bytes) as JsonObject;
        }
        catch (JsonException)
        {
            message = null;
        }

        if (message is null || Text(message, "type") is not { } type)
        {
            Close(GraphQLWsCloseCodes.BadRequest, "Invalid message received: expected a JSON object with a string 'type'");
            return;
        }

        switch (type)
        {
            case "connection_init":
                OnInit(message);
                break;
            case "ping":
                Send(GraphQLWsMessages.Pong(message["payload"]));
                break;
            case "pong":
                break;
            case "subscribe":
                await OnSubscribeAsync(message);
                break;
            case "complete":
                OnComplete(message);
                break;
            default:
                Close(GraphQLWsCloseCodes.BadRequest, $"Invalid message type '{Truncate(type, 40)}'");
                break;
        }
    }

    private void OnInit(JsonObject message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            Close(GraphQLWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        if (message["payload"] is not (null or JsonObject))
        {
            Close(GraphQLWsCloseCodes.BadRequest, "Invalid message received: connection_init payload must be an object");
            return;
        }

        if (ConnectionInitKey.Find(message["payload"] as JsonObject) is { } key)
        {
            var user = _authenticator.Authenticate(key.Length == 0 ? null : key, HttpContext.Connection.RemoteIpAddress);
            if (key.Length == 0 || ApiKeyAuthenticator.IsRejected(user))
            {
                Close(GraphQLWsCloseCodes.Forbidden, "Forbidden: the API key in connection_init matches no configured key");
                return;
            }

            HttpContext.User = user;
        }

        _acknowledged = true;
        Send(GraphQLWsMessages.Ack());
    }

    private async Task OnSubscribeAsync(JsonObject message)
    {
        if (Text(message, "id") is not { Length: > 0 } id || message["payload"] is not JsonObject payload || Text(payload, "query") is null)
        {
            Close(GraphQLWsCloseCodes.BadRequest, "Invalid message received: subscribe needs an 'id' and a 'payload' with a 'query'");
            return;
        }

        if (!_acknowledged)
        {
            Close(GraphQLWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (_operations.Count >= _options.MaxOperations)
        {
            Close(GraphQLWsCloseCodes.BadRequest, $"Too many operations at once (ClaimGraph:WebSockets:MaxOperations = {_options.MaxOperations})");
            return;
        }

        if (!_operations.TryAdd(id, null))
        {
            Close(GraphQLWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {Truncate(id, 60)} already exists");
            return;
        }

        // A subscription's set-up is awaited, so a message sent after it (a query, then a mutation elsewhere) finds it
        // listening; queries and mutations run alongside so that a slow one never holds up ping or complete.
        var start = StartAsync(id, payload);
        if (Http.DocumentInspector.Inspect(Text(payload, "query")!, Text(payload, "operationName"))?.Operation == GraphQLParser.AST.OperationType.Subscription)
            await start;
    }

    private async Task StartAsync(string id, JsonObject payload)
    {
        try
        {
            var running = await _executor.StartAsync(this, id, payload, _lifetime.Token);
            if (running is null)
                return;
            // Keep the running subscription unless the client completed it while it was starting.
            if (!_operations.TryUpdate(id, running, null))
                await running.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
            // The connection is closing.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            SendFor(id, GraphQLWsMessages.Error(id, new JsonArray
            {
                new JsonObject { ["message"] = "The server failed to run the operation.", ["extensions"] = new JsonObject { ["code"] = Http.GraphQLErrorCodes.InternalServerError } },
            }), final: true);
        }
    }

    private void OnComplete(JsonObject message)
    {
        if (Text(message, "id") is not { Length: > 0 } id)
        {
            Close(GraphQLWsCloseCodes.BadRequest, "Invalid message received: complete needs an 'id'");
            return;
        }

        if (_operations.TryRemove(id, out var running) && running is not null)
            _ = running.DisposeAsync().AsTask();
    }

    private async Task CloseUnlessInitialisedAsync(CancellationToken ct)
    {
        await Task.Delay(_options.ConnectionInitTimeout, ct);
        if (Volatile.Read(ref _initReceived) == 0)
            Close(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }

    private async Task WriteLoopAsync(CancellationToken ct)
    {
        await foreach (var item in _outbox.Reader.ReadAllAsync(ct))
        {
            if (item.Text is { } text)
            {
                await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, ct);
                continue;
            }

            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)item.CloseCode!.Value, item.CloseReason, ct);
            _ = StopReadingSoonAsync();
            return;
        }
    }

    // Gives the client a moment to answer a close frame, then stops waiting for it.
    private async Task StopReadingSoonAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None);
        try
        {
            await _lifetime.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The connection already ended.
        }
    }

    private async Task StopOperationsAsync()
    {
        foreach (var id in _operations.Keys.ToList())
        {
            if (_operations.TryRemove(id, out var running) && running is not null)
                await running.DisposeAsync();
        }
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    private sealed record Outgoing(string? Text, int? CloseCode, string? CloseReason);
}
