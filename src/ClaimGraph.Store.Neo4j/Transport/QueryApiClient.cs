using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClaimGraph.Core.Store;
using Polly;
using Polly.Retry;

namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>
/// <see cref="ICypherRunner"/> over Neo4j's HTTP Query API (<c>/db/{database}/query/v2</c>), with
/// Typed JSON answers, bookmarks for read-your-writes, basic or bearer authentication, a timeout per
/// request and retries of transient failures where a repeat cannot apply a write twice.
/// </summary>
public sealed class QueryApiClient : ICypherRunner, IDisposable
{
    internal const string AffinityHeader = "neo4j-cluster-affinity";
    private const string TypedJson = "application/vnd.neo4j.query";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Uri _root;
    private readonly Neo4jStoreOptions _options;
    private readonly string _queryPath;
    private readonly ResiliencePipeline _retryTransient;
    private readonly ResiliencePipeline _retryUnapplied;
    private readonly Lock _bookmarkLock = new();
    private IReadOnlyList<string> _bookmarks = [];

    public QueryApiClient(Neo4jStoreOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
            throw new ArgumentException($"ClaimGraph:Neo4j:Url '{options.Url}' must be an absolute http or https address, such as http://localhost:7474.", nameof(options));

        _options = options;
        _ownsHttp = http is null;
        // Each request has its own timeout (RequestTimeout), told apart from the caller's cancellation.
        _http = http ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
        _root = new Uri(server.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        _queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
        _retryTransient = Retry(options, f => true);
        _retryUnapplied = Retry(options, f => f.SafeToRepeat);
    }

    /// <summary>The bookmarks of the latest write this client saw; sent with every later request.</summary>
    public IReadOnlyList<string> Bookmarks
    {
        get
        {
            lock (_bookmarkLock)
                return _bookmarks;
        }
    }

    internal string Server => _root.GetLeftPart(UriPartial.Authority);

    public async Task<CypherResult> RunAsync(CypherStatement statement, CypherAccess access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var body = Body(statement, access, withBookmarks: true);
        var response = await SendAsync(HttpMethod.Post, _queryPath, body, affinity: null,
            access == CypherAccess.Read ? RetryMode.OnTransient : RetryMode.WhenUnapplied, ct);
        Remember(response.Bookmarks());
        return response.Result();
    }

    public async Task<ICypherTransaction> BeginAsync(CancellationToken ct)
    {
        var body = BookmarksOnly();
        var response = await SendAsync(HttpMethod.Post, _queryPath + "/tx", body, affinity: null, RetryMode.OnTransient, ct);
        var id = response.TransactionId()
            ?? throw new StoreUnavailableException($"Neo4j at {Server} began a transaction but did not say its id.");
        return new QueryApiTransaction(this, $"{_queryPath}/tx/{Uri.EscapeDataString(id)}", response.Affinity);
    }

    public void Dispose()
    {
        if (_ownsHttp)
            _http.Dispose();
    }

    internal Task<QueryApiResponse> SendAsync(HttpMethod method, string path, string? body, string? affinity, RetryMode mode, CancellationToken ct)
    {
        var pipeline = mode switch
        {
            RetryMode.OnTransient => _retryTransient,
            RetryMode.WhenUnapplied => _retryUnapplied,
            _ => ResiliencePipeline.Empty,
        };
        return Unavailable(async () => await pipeline.ExecuteAsync(
            async token => await SendOnceAsync(method, path, body, affinity, token), ct));
    }

    internal void Remember(IReadOnlyList<string>? bookmarks)
    {
        if (bookmarks is not { Count: > 0 })
            return;
        lock (_bookmarkLock)
            _bookmarks = bookmarks;
    }

    internal static string Body(CypherStatement statement, CypherAccess access, IReadOnlyList<string> bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("statement", statement.Text);
            json.WritePropertyName("parameters");
            JsonSerializer.Serialize(json, statement.Parameters, CypherJson.Options);
            if (bookmarks.Count > 0)
            {
                json.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                    json.WriteStringValue(bookmark);
                json.WriteEndArray();
            }

            if (access == CypherAccess.Read)
                json.WriteString("accessMode", "Read");
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private string Body(CypherStatement statement, CypherAccess access, bool withBookmarks) =>
        Body(statement, access, withBookmarks ? Bookmarks : []);

    private string BookmarksOnly()
    {
        var bookmarks = Bookmarks;
        return bookmarks.Count == 0 ? "{}" : JsonSerializer.Serialize(new { bookmarks });
    }

    private async Task<QueryApiResponse> SendOnceAsync(HttpMethod method, string path, string? body, string? affinity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(_root, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        request.Headers.Authorization = Authorization();
        if (affinity is not null)
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.RequestTimeout);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new TransientFailure($"Neo4j at {Server} did not answer within {_options.RequestTimeout.TotalSeconds:0.#} s.", safeToRepeat: false, e);
        }
        catch (HttpRequestException e)
        {
            // No connection, no name, no TLS session: the request never reached Neo4j.
            var unsent = e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;
            throw new TransientFailure($"Could not reach Neo4j at {Server}: {e.Message}", unsent, e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            JsonElement? root = null;
            if (!string.IsNullOrWhiteSpace(text))
            {
                try
                {
                    root = JsonDocument.Parse(text).RootElement.Clone();
                }
                catch (JsonException) when (!response.IsSuccessStatusCode)
                {
                    root = null;
                }
            }

            if (!response.IsSuccessStatusCode || (root is { } r && QueryApiErrors.IsError(r)))
                throw QueryApiErrors.FromResponse(response.StatusCode, root, Server);

            var echoed = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new QueryApiResponse(root, echoed ?? affinity);
        }
    }

    private AuthenticationHeaderValue? Authorization()
    {
        if (!string.IsNullOrEmpty(_options.Token))
            return new AuthenticationHeaderValue("Bearer", _options.Token);
        if (string.IsNullOrEmpty(_options.User))
            return null;
        var pair = Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}");
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
    }

    private static ResiliencePipeline Retry(Neo4jStoreOptions options, Func<TransientFailure, bool> repeatable)
    {
        if (options.MaxRetries <= 0)
            return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is TransientFailure f && repeatable(f)),
            })
            .Build();
    }

    // A transient failure that outlived its retries means Neo4j is not there for us now.
    private static async Task<T> Unavailable<T>(Func<Task<T>> send)
    {
        try
        {
            return await send();
        }
        catch (TransientFailure e)
        {
            throw new StoreUnavailableException($"{e.Message} The request was not completed; try again when Neo4j is reachable.", e);
        }
    }
}
