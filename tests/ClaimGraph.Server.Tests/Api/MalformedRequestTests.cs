using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>Bad requests against the real seeded service: each gets the right status and error, and the service keeps serving.</summary>
public sealed class MalformedRequestTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    public static TheoryData<string, string, string?, HttpStatusCode, string> Cases => new()
    {
        { "bad JSON", "{\"query\": \"{ counts { actors } \"", "application/json", HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "wrong content type", "{ counts { actors } }", "text/plain", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE" },
        { "not an object", "[1, 2]", "application/json", HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "unknown field", """{"query":"{ counts { actors bogus } }"}""", "application/json", HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED" },
        { "unparseable document", """{"query":"{ counts { "}""", "application/json", HttpStatusCode.BadRequest, "GRAPHQL_PARSE_FAILED" },
        { "bad variables", """{"query":"query($first: Int) { actors(first: $first) { totalCount } }","variables":{"first":"many"}}""", "application/json", HttpStatusCode.BadRequest, "BAD_USER_INPUT" },
        { "variables not an object", """{"query":"{ counts { actors } }","variables":[1]}""", "application/json", HttpStatusCode.BadRequest, "BAD_REQUEST" },
        { "too deep", "{\"query\":\"{ actor(id: \\\"sdf\\\") { " + Deep(20) + " } }\"}", "application/json", HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED" },
        { "too large", "{\"query\":\"{ counts { actors } }\",\"extensions\":{\"pad\":\"" + new string('x', 1_100_000) + "\"}}", "application/json", HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE" },
        { "page too large", """{"query":"{ claims(first: 100000) { totalCount } }"}""", "application/json", HttpStatusCode.OK, "VALIDATION" },
        { "bad cursor", """{"query":"{ claims(after: \"not-a-cursor\") { totalCount } }"}""", "application/json", HttpStatusCode.OK, "VALIDATION" },
        { "wrong id type", """{"query":"{ actor(id: \"Claim:negotiations-exist\") { name } }"}""", "application/json", HttpStatusCode.OK, "VALIDATION" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_requests_get_the_right_status_and_code_and_the_service_keeps_serving(
        string what, string body, string? contentType, HttpStatusCode status, string code)
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, contentType!) };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(status == response.StatusCode, $"{what}: expected {status}, got {response.StatusCode}: {text}");
        var error = JsonNode.Parse(text)!["errors"]![0]!;
        Assert.Equal(code, (string?)error["extensions"]!["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)error["message"]));

        var still = await fixture.App.DataAsync("{ counts { statements } }");
        Assert.Equal(27, (int)still["counts"]!["statements"]!);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405_and_writes_nothing()
    {
        using var client = fixture.App.CreateClient();
        var query = Uri.EscapeDataString("""mutation { createActor(input: { name: "X", language: "en", kind: PERSON }) { id } }""");
        using var response = await client.GetAsync($"/graphql?query={query}");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        var counts = await fixture.App.DataAsync("{ counts { actors } }");
        Assert.Equal(13, (int)counts["counts"]!["actors"]!);
    }

    private static string Deep(int levels)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < levels; i++)
            sb.Append("affiliation { ");
        sb.Append("key");
        for (var i = 0; i < levels; i++)
            sb.Append(" }");
        return sb.ToString();
    }
}
