using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Server.Tests.Api;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>
/// Generated query bombs against the real limits (MaxDepth 15, MaxComplexity 20000, MaxAliases 100): each is refused
/// before execution with a code that names the limit, quickly, and never as a 5xx. Sizes are drawn by FsCheck.
/// </summary>
public sealed class QueryBombTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(5);

    private readonly ClaimGraphApp _app = fixture.App;

    [Fact]
    public async Task Deep_documents_are_refused_by_the_depth_limit_or_the_parser()
    {
        foreach (var depth in Sizes(16, 120, 6).Append(3000))
        {
            var inner = string.Concat(Enumerable.Repeat("relayedThrough { ", depth)) + "key" + new string('}', depth);
            var (status, body) = await PostAsync($$"""{ statement(id: "st-sdf-denies-negotiations") { {{inner}} } }""");

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Null(body["data"]);
            var code = Code(body);
            Assert.True(code is "GRAPHQL_VALIDATION_FAILED" or "GRAPHQL_PARSE_FAILED", $"depth {depth}: {code}");
            if (code == "GRAPHQL_VALIDATION_FAILED")
                Assert.Contains(body["errors"]!.AsArray(), e => (string?)e!["extensions"]!["limit"] == "maxDepth");
        }
    }

    [Fact]
    public async Task Alias_bombs_are_refused_by_the_alias_limit()
    {
        foreach (var count in Sizes(101, 5000, 5))
        {
            var fields = string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: claims(first: 100) {{ nodes {{ statements {{ quote }} }} }}"));
            var (status, body) = await PostAsync("{ " + fields + " }");

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Null(body["data"]);
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(body));
            Assert.Contains("aliases", (string?)body["errors"]![0]!["message"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Wide_and_nested_list_bombs_are_refused_by_the_complexity_limit()
    {
        foreach (var first in Sizes(40, 100, 4))
        {
            var (status, body) = await PostAsync($$"""
                { claims(first: {{first}}) { nodes { statements { actor { statements { claim { statements { actor { statements { quote } } } } } } } } } }
                """);

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains(body["errors"]!.AsArray(), e => (string?)e!["extensions"]!["limit"] == "maxComplexity");
        }

    }

    [Fact]
    public async Task Wide_documents_are_refused_by_the_field_limit_before_validation()
    {
        // Field merging compares same-named fields pairwise: 20,000 of them took GraphQL.NET's validation 7 s.
        foreach (var width in Sizes(2001, 90_000, 4))
        {
            var (status, body) = await PostAsync("{ " + string.Concat(Enumerable.Repeat("__typename ", width)) + "}");

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(body));
            Assert.Contains("MaxFields", (string?)body["errors"]![0]!["message"], StringComparison.Ordinal);
        }

        var (ok, answer) = await PostAsync("{ " + string.Concat(Enumerable.Repeat("__typename ", 2000)) + "}");
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal("Query", (string?)answer["data"]!["__typename"]);
    }

    [Fact]
    public async Task Fragment_cycles_are_refused()
    {
        foreach (var length in Sizes(1, 30, 5))
        {
            var fragments = Enumerable.Range(0, length)
                .Select(i => $"fragment F{i} on Query {{ counts {{ actors }} ...F{(i + 1) % length} }}");
            var (status, body) = await PostAsync("{ ...F0 } " + string.Join(" ", fragments));

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Null(body["data"]);
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(body));
        }
    }

    [Fact]
    public async Task Exponential_fragment_spreads_are_refused_before_they_are_expanded()
    {
        // Without the linear field count, 20 levels took the complexity analyzer 6 s and 26 levels over 20 s.
        foreach (var levels in Sizes(10, 200, 5))
        {
            var fragments = Enumerable.Range(1, levels).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}")
                .Prepend("fragment F0 on Query { contestedClaims(first: 100) { nodes { claim { statements { quote } } } } }");
            var (status, body) = await PostAsync("{ ...F" + levels + " } " + string.Join(" ", fragments));

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(body));
            Assert.Contains("MaxFields", (string?)body["errors"]![0]!["message"], StringComparison.Ordinal);
        }
    }

    private static IEnumerable<int> Sizes(int min, int max, int count) =>
        HostileInput.Sample(Gen.Choose(min, max), count, (ulong)Random.Shared.NextInt64()).Append(min).Append(max).Distinct();

    private static string? Code(JsonNode body) => (string?)body["errors"]?[0]?["extensions"]?["code"];

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string query)
    {
        using var client = _app.Server.CreateClient();
        client.Timeout = TimeBound * 2;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        clock.Stop();

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 500)]}");
        Assert.True(clock.Elapsed < TimeBound, $"{clock.Elapsed} for a {query.Length}-character document");
        return (response.StatusCode, JsonNode.Parse(text)!);
    }
}
