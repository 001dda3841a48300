using System.Diagnostics;
using System.Net;
using System.Text;
using ClaimGraph.Server.Http;
using Microsoft.Extensions.Options;
using Xunit;
using static ClaimGraph.Server.Tests.Http.HttpTestRequests;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>Request size, query length, depth, complexity, aliases and the execution timeout.</summary>
public sealed class GraphQLHttpLimitsTests
{
    private static string Nested(int depth) =>
        "{ deep " + string.Concat(Enumerable.Repeat("{ next ", depth - 2)) + "{ level }" + new string('}', depth - 2) + " }";

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new GraphQLHttpOptions();

        Assert.Equal(1024 * 1024, options.MaxRequestBytes);
        Assert.Equal(15, options.MaxDepth);
        Assert.Equal(20_000, options.MaxComplexity);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ExecutionTimeout);
        Assert.Equal("ClaimGraph:GraphQL", GraphQLHttpOptions.SectionName);
    }

    [Fact]
    public async Task Depth_up_to_the_default_limit_runs_and_deeper_is_a_validation_error()
    {
        await using var host = await HttpTestHost.StartAsync();

        var allowed = await host.QueryAsync(Nested(15), GraphQLResponseJson);
        var tooDeep = await host.QueryAsync(Nested(16), GraphQLResponseJson);
        var tooDeepJson = await host.QueryAsync(Nested(16), Json);

        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.True(allowed.HasData);
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.Status);
        Assert.False(tooDeep.HasData);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], tooDeep.Codes);
        Assert.Contains("maximum depth is 15", tooDeep.FirstMessage, StringComparison.Ordinal);
        Assert.Contains("MaxDepth", tooDeep.FirstMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, tooDeepJson.Status);
        Assert.False(tooDeepJson.HasData);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Document_nested_past_the_parser_limit_is_a_parse_error_not_a_500(string accept, HttpStatusCode expected)
    {
        await using var host = await HttpTestHost.StartAsync(o => o.MaxDepth = 1000);

        var response = await host.QueryAsync(Nested(300), accept);

        Assert.Equal(expected, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], response.Codes);
    }

    [Fact]
    public async Task Introspection_fits_the_default_limits()
    {
        await using var host = await HttpTestHost.StartAsync();

        var response = await host.QueryAsync(IntrospectionQuery.Text, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.Json.TryGetProperty("errors", out _), response.Body);
    }

    [Fact]
    public async Task Too_complex_is_a_validation_error_naming_the_limit()
    {
        await using var host = await HttpTestHost.StartAsync(o => o.MaxComplexity = 100);

        var cheap = await host.QueryAsync("{ deep { children { level } } }", GraphQLResponseJson);
        var costly = await host.QueryAsync("{ deep { children { children { children { level next { level } } } } } }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, cheap.Status);
        Assert.Equal(HttpStatusCode.BadRequest, costly.Status);
        Assert.False(costly.HasData);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], costly.Codes);
        Assert.Contains("maximum complexity is 100", costly.FirstMessage, StringComparison.Ordinal);
        Assert.Equal("maxComplexity", costly.Errors[0].GetProperty("extensions").GetProperty("limit").GetString());
    }

    [Fact]
    public async Task Limits_bind_from_the_configuration_section()
    {
        await using var host = await HttpTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["ClaimGraph:GraphQL:MaxDepth"] = "3",
            ["ClaimGraph:GraphQL:MaxAliases"] = "1",
        });

        var deep = await host.QueryAsync(Nested(4), GraphQLResponseJson);
        var aliases = await host.QueryAsync("{ a: arabic b: arabic }", GraphQLResponseJson);

        Assert.Contains("maximum depth is 3", deep.FirstMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, aliases.Status);
        Assert.Contains("maximum is 1", aliases.FirstMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_aliases_is_a_validation_error()
    {
        await using var host = await HttpTestHost.StartAsync(o => o.MaxAliases = 3);

        var fine = await host.QueryAsync("{ a: arabic b: arabic c: arabic }", GraphQLResponseJson);
        var tooMany = await host.QueryAsync("{ a: arabic b: arabic deep { c: level d: level } }", GraphQLResponseJson);
        var tooManyJson = await host.QueryAsync("{ a: arabic b: arabic deep { c: level d: level } }", Json);

        Assert.Equal(HttpStatusCode.OK, fine.Status);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], tooMany.Codes);
        Assert.Equal(HttpStatusCode.OK, tooManyJson.Status);
        Assert.False(tooManyJson.HasData);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Body_larger_than_the_limit_is_413(string accept)
    {
        await using var host = await HttpTestHost.StartAsync(o => o.MaxRequestBytes = 2048);
        var padding = new string(' ', 1000);
        var small = $"{{\"query\":\"{{ arabic }}{padding}\"}}";
        var large = $"{{\"query\":\"{{ arabic }}{padding}{padding}{padding}\"}}";

        var fine = await host.PostRawAsync(small, Json, accept);
        var tooLarge = await host.PostRawAsync(large, Json, accept);

        Assert.Equal(HttpStatusCode.OK, fine.Status);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        Assert.Equal($"{accept}; charset=utf-8", tooLarge.ContentType);
        Assert.Equal(["PAYLOAD_TOO_LARGE"], tooLarge.Codes);
        Assert.Contains("2048", tooLarge.FirstMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chunked_body_larger_than_the_limit_is_413()
    {
        await using var host = await HttpTestHost.StartAsync(o => o.MaxRequestBytes = 2048);
        var body = Encoding.UTF8.GetBytes($"{{\"query\":\"{{ arabic }}{new string(' ', 10_000)}\"}}");
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Address) { Content = new UnknownLengthContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Json);

        using var raw = await host.Client.SendAsync(request);
        var response = await HttpTestResponse.ReadAsync(raw);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["PAYLOAD_TOO_LARGE"], response.Codes);
    }

    [Fact]
    public async Task Chunked_body_longer_than_one_read_buffer_is_read_whole()
    {
        await using var host = await HttpTestHost.StartAsync();
        // 100 KB of padding: several times the 16 KB a chunked body is first read into, so the buffer has to grow.
        var body = Encoding.UTF8.GetBytes($"{{\"query\":\"{{ arabic }}{new string(' ', 100_000)}\",\"operationName\":null}}");
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Address) { Content = new UnknownLengthContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Json);

        using var raw = await host.Client.SendAsync(request);
        var response = await HttpTestResponse.ReadAsync(raw);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.HasData);
        Assert.False(response.Json.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Body_of_exactly_the_limit_is_read_and_one_byte_more_is_413(bool chunked)
    {
        const int limit = 4096;
        await using var host = await HttpTestHost.StartAsync(o => o.MaxRequestBytes = limit);
        var head = "{\"query\":\"{ arabic }";
        var tail = "\"}";
        byte[] Body(int length) => Encoding.UTF8.GetBytes(head + new string(' ', length - head.Length - tail.Length) + tail);

        async Task<HttpTestResponse> Send(byte[] body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, host.Address)
            {
                Content = chunked ? new UnknownLengthContent(body) : new ByteArrayContent(body),
            };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Json);
            using var raw = await host.Client.SendAsync(request);
            return await HttpTestResponse.ReadAsync(raw);
        }

        var atLimit = await Send(Body(limit));
        var overLimit = await Send(Body(limit + 1));

        Assert.Equal(HttpStatusCode.OK, atLimit.Status);
        Assert.True(atLimit.HasData);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overLimit.Status);
        Assert.Equal(["PAYLOAD_TOO_LARGE"], overLimit.Codes);
    }

    [Fact]
    public async Task Get_query_longer_than_the_limit_is_414()
    {
        await using var host = await HttpTestHost.StartAsync(o => o.MaxQueryLength = 100);

        var response = await host.GetAsync(new Dictionary<string, string> { ["query"] = "{ arabic " + new string(' ', 200) + "}" });

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.Status);
        Assert.Equal(["QUERY_TOO_LONG"], response.Codes);
    }

    [Theory]
    [InlineData("{ slow }", GraphQLResponseJson, HttpStatusCode.GatewayTimeout)]
    [InlineData("{ slow }", Json, HttpStatusCode.OK)]
    [InlineData("{ stubborn }", GraphQLResponseJson, HttpStatusCode.GatewayTimeout)]
    public async Task Slow_operation_times_out_with_code_timeout(string query, string accept, HttpStatusCode expected)
    {
        await using var host = await HttpTestHost.StartAsync(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var response = await host.QueryAsync(query, accept);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"took {clock.Elapsed}");
        Assert.Equal(expected, response.Status);
        Assert.Equal(["TIMEOUT"], response.Codes);
        Assert.False(response.HasData);
        var after = await host.QueryAsync("{ arabic }", accept);
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task Invalid_limits_stop_the_app_from_starting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => HttpTestHost.StartAsync(o => o.MaxDepth = 0));

        Assert.Contains("MaxDepth", error.Message, StringComparison.Ordinal);
    }
}
