using System.Text;
using System.Text.Json;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Transport;
using Xunit;

namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>The Query API client against a local server answering in Neo4j's documented JSON shapes.</summary>
public sealed class QueryApiClientTests : IAsyncLifetime
{
    private FakeQueryApi _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private QueryApiClient Client(Action<Neo4jStoreOptions>? configure = null)
    {
        var options = new Neo4jStoreOptions
        {
            Url = _server.Address.ToString(),
            Database = "claims",
            User = "neo4j",
            Password = "secret",
            RetryDelay = TimeSpan.FromMilliseconds(5),
            RequestTimeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        return new QueryApiClient(options);
    }

    private static CypherStatement Read(string text = "MATCH (a:Actor {id: $id}) RETURN a") =>
        new(text, new Dictionary<string, object?> { ["id"] = "sdf" });

    [Fact]
    public async Task A_statement_is_posted_to_the_database_query_endpoint_with_its_parameters()
    {
        using var client = Client();

        await client.RunAsync(new CypherStatement("RETURN $name AS name", new Dictionary<string, object?> { ["name"] = "قسد", ["n"] = 3L }), CypherAccess.Read, default);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/db/claims/query/v2"), (request.Method, request.Path));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("RETURN $name AS name", body.RootElement.GetProperty("statement").GetString());
        Assert.Equal("قسد", body.RootElement.GetProperty("parameters").GetProperty("name").GetString());
        Assert.Equal(3, body.RootElement.GetProperty("parameters").GetProperty("n").GetInt64());
        Assert.Equal("Read", body.RootElement.GetProperty("accessMode").GetString());
        Assert.Contains("application/vnd.neo4j.query", request.Header("Accept"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_values_decode_to_dotnet_values()
    {
        _server.Respond = _ => Task.FromResult(FakeAnswer.Rows(
            """["s", "i", "f", "b", "n", "l", "m", "node", "t"]""",
            """
            [[{"$type": "String", "_value": "الرقة"}, {"$type": "Integer", "_value": "9007199254740993"},
              {"$type": "Float", "_value": "1.5"}, {"$type": "Boolean", "_value": true}, {"$type": "Null", "_value": null},
              {"$type": "List", "_value": [{"$type": "Integer", "_value": "1"}, {"$type": "String", "_value": "x"}]},
              {"$type": "Map", "_value": {"id": {"$type": "String", "_value": "sdf"}}},
              {"$type": "Node", "_value": {"_element_id": "4:x:1", "_labels": ["Actor"], "_properties": {"name": {"$type": "String", "_value": "SDF"}}}},
              {"$type": "OffsetDateTime", "_value": "2017-10-12T18:30:15+03:00"}]]
            """));
        using var client = Client();

        var result = await client.RunAsync(Read(), CypherAccess.Read, default);

        var row = Assert.Single(result.Rows);
        Assert.Equal("الرقة", row[0]);
        Assert.Equal(9007199254740993L, row[1]);
        Assert.Equal(1.5, row[2]);
        Assert.Equal(true, row[3]);
        Assert.Null(row[4]);
        Assert.Equal(new List<object?> { 1L, "x" }, row[5]);
        Assert.Equal("sdf", ((Dictionary<string, object?>)row[6]!)["id"]);
        Assert.Equal("SDF", ((Dictionary<string, object?>)row[7]!)["name"]);
        Assert.Equal("2017-10-12T18:30:15+03:00", row[8]);
        Assert.Equal("m", result.Fields[6]);
    }

    [Fact]
    public async Task Plain_json_answers_decode_too()
    {
        _server.Respond = _ => Task.FromResult(FakeAnswer.Rows("""["a", "n"]""",
            """[[{"elementId": "4:x:1", "labels": ["Actor"], "properties": {"id": "sdf"}}, 42]]"""));
        using var client = Client();

        var row = Assert.Single((await client.RunAsync(Read(), CypherAccess.Read, default)).Rows);

        Assert.Equal("sdf", ((Dictionary<string, object?>)row[0]!)["id"]);
        Assert.Equal(42L, row[1]);
    }

    [Fact]
    public async Task A_syntax_error_is_a_cypher_exception_with_neo4js_code_and_is_not_retried()
    {
        _server.Respond = _ => Task.FromResult(FakeAnswer.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'"));
        using var client = Client();

        var error = await Assert.ThrowsAsync<CypherException>(() => client.RunAsync(Read("RETRUN 1"), CypherAccess.Read, default));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("RETRUN", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_constraint_violation_is_a_store_constraint_exception()
    {
        _server.Respond = _ => Task.FromResult(FakeAnswer.Error(400, "Neo.ClientError.Schema.ConstraintValidationFailed", "already exists"));
        using var client = Client();

        await Assert.ThrowsAsync<StoreConstraintException>(() => client.RunAsync(Read(), CypherAccess.Write, default));
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Refused_credentials_or_a_missing_query_api_make_the_store_unavailable(int status)
    {
        _server.Respond = _ => Task.FromResult(FakeAnswer.Bare(status));
        using var client = Client();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Read(), CypherAccess.Read, default));

        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_security_error_body_makes_the_store_unavailable()
    {
        _server.Respond = _ => Task.FromResult(FakeAnswer.Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized"));
        using var client = Client();

        await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Read(), CypherAccess.Read, default));
    }

    [Fact]
    public async Task Transient_errors_on_a_read_are_retried_until_it_succeeds()
    {
        var calls = 0;
        _server.Respond = _ => Task.FromResult(Interlocked.Increment(ref calls) switch
        {
            1 => FakeAnswer.Bare(503),
            2 => FakeAnswer.Error(503, "Neo.TransientError.General.DatabaseUnavailable"),
            _ => FakeAnswer.Rows("""["n"]""", """[[{"$type": "Integer", "_value": "7"}]]"""),
        });
        using var client = Client();

        var result = await client.RunAsync(Read(), CypherAccess.Read, default);

        Assert.Equal(7L, result.Rows[0][0]);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_read_that_keeps_failing_gives_up_after_the_retries_as_store_unavailable()
    {
        _server.Respond = _ => Task.FromResult(FakeAnswer.Bare(500));
        using var client = Client(o => o.MaxRetries = 2);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Read(), CypherAccess.Read, default));

        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_write_that_may_have_reached_the_server_is_never_repeated()
    {
        _server.Respond = _ => Task.FromResult(FakeAnswer.Bare(500));
        using var client = Client();

        await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Read("CREATE (:Actor {id: $id})"), CypherAccess.Write, default));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_write_neo4j_rolled_back_with_a_transient_error_is_repeated()
    {
        var calls = 0;
        _server.Respond = _ => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? FakeAnswer.Error(503, "Neo.TransientError.Transaction.DeadlockDetected")
            : FakeAnswer.Rows());
        using var client = Client();

        await client.RunAsync(Read("CREATE (:Actor {id: $id})"), CypherAccess.Write, default);

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_request_that_outlives_the_timeout_fails_as_store_unavailable()
    {
        _server.Respond = async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            return FakeAnswer.Rows();
        };
        // Attempts are counted as the client sends them: on a busy machine the client can give up on a request
        // before the server has even read it, so the server's own count may stay at one.
        using var sent = new CountingHandler(new SocketsHttpHandler());
        using var http = new HttpClient(sent) { Timeout = Timeout.InfiniteTimeSpan };
        using var client = new QueryApiClient(new Neo4jStoreOptions
        {
            Url = _server.Address.ToString(),
            RetryDelay = TimeSpan.FromMilliseconds(5),
            RequestTimeout = TimeSpan.FromMilliseconds(200),
            MaxRetries = 1,
        }, http);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Read(), CypherAccess.Read, default));

        Assert.Contains("did not answer", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, sent.Count);
    }

    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _count;

        public int Count => _count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task An_unreachable_server_makes_the_store_unavailable()
    {
        var address = _server.Address.ToString();
        await _server.DisposeAsync();
        _server = await FakeQueryApi.StartAsync();
        using var client = new QueryApiClient(new Neo4jStoreOptions { Url = address, RetryDelay = TimeSpan.FromMilliseconds(5) });

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Read(), CypherAccess.Write, default));

        Assert.Contains("Could not reach Neo4j", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_authentication_sends_user_and_password()
    {
        using var client = Client();

        await client.RunAsync(Read(), CypherAccess.Read, default);

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret"));
        Assert.Equal(expected, Assert.Single(_server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task A_token_is_sent_as_bearer_authentication()
    {
        using var client = Client(o => o.Token = "sso-token");

        await client.RunAsync(Read(), CypherAccess.Read, default);

        Assert.Equal("Bearer sso-token", Assert.Single(_server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Bookmarks_from_a_write_are_passed_on_the_next_read()
    {
        _server.Respond = r => Task.FromResult(r.Body.Contains("CREATE", StringComparison.Ordinal)
            ? FakeAnswer.Rows(bookmarks: "[\"FB:after-write\"]")
            : FakeAnswer.Rows(bookmarks: "[]"));
        using var client = Client();

        await client.RunAsync(Read("CREATE (:Actor {id: $id})"), CypherAccess.Write, default);
        await client.RunAsync(Read(), CypherAccess.Read, default);

        var read = _server.Requests.Last();
        using var body = JsonDocument.Parse(read.Body);
        Assert.Equal(["FB:after-write"], body.RootElement.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
    }
}
