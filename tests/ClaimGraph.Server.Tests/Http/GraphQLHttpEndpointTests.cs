using System.Net;
using Xunit;
using static ClaimGraph.Server.Tests.Http.HttpTestRequests;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>The GraphQL over HTTP rules: methods, media types, parameters and status codes.</summary>
public sealed class GraphQLHttpEndpointTests(HttpTestHostFixture fixture) : IClassFixture<HttpTestHostFixture>
{
    private HttpTestHost Host => fixture.Host;

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData(Json, Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("text/html, */*;q=0.1", Json)]
    public async Task Post_query_answers_200_in_the_negotiated_media_type(string? accept, string expected)
    {
        var response = await Host.QueryAsync("{ hello(name: \"you\") }", accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal($"{expected}; charset=utf-8", response.ContentType);
        Assert.Equal("Hello, you!", response.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(response.Json.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Accept_allowing_neither_media_type_is_406(string accept)
    {
        var response = await Host.QueryAsync("{ __typename }", accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal(["NOT_ACCEPTABLE"], response.Codes);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain;charset=UTF-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_with_another_content_type_is_415(string contentType)
    {
        var response = await Host.PostRawAsync("{\"query\":\"{ __typename }\"}", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.Codes);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Post_without_content_type_is_415()
    {
        var response = await Host.PostRawAsync("{\"query\":\"{ __typename }\"}", contentType: null);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.Codes);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; charset=\"UTF-8\"")]
    public async Task Post_accepts_json_with_or_without_utf8_charset(string contentType)
    {
        var response = await Host.PostRawAsync("{\"query\":\"{ hello(name: \\\"سلام\\\") }\"}", contentType, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, سلام!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task Other_methods_are_405_with_allow_get_post(string method)
    {
        var response = await Host.SendAsync(new HttpMethod(method));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("GET, POST", response.Allow);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.Codes);
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables_operation_name_and_extensions()
    {
        var response = await Host.GetAsync(
            new Dictionary<string, string>
            {
                ["query"] = "query A { arabic } query B($name: String!) { hello(name: $name) }",
                ["operationName"] = "B",
                ["variables"] = "{\"name\":\"GET\"}",
                ["extensions"] = "{\"some\":\"value\"}",
            },
            GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Equal("Hello, GET!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Get_mutation_is_405_with_allow_post_and_does_not_run(string accept)
    {
        var before = HttpTestMutation.Bumps;

        var response = await Host.GetAsync(new Dictionary<string, string> { ["query"] = "mutation { bump }" }, accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.Codes);
        Assert.Equal(before, HttpTestMutation.Bumps);
    }

    [Fact]
    public async Task Get_selects_the_mutation_by_operation_name()
    {
        var response = await Host.GetAsync(new Dictionary<string, string>
        {
            ["query"] = "query Q { arabic } mutation M { bump }",
            ["operationName"] = "M",
        });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Allow);
    }

    [Fact]
    public async Task Post_runs_a_mutation()
    {
        var response = await Host.QueryAsync("mutation { bump }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.Json.GetProperty("data").GetProperty("bump").GetInt32() > 0);
    }

    [Fact]
    public async Task Get_without_query_is_400()
    {
        var response = await Host.GetAsync(new Dictionary<string, string> { ["operationName"] = "A" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.Codes);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1]")]
    [InlineData("\"text\"")]
    public async Task Get_with_variables_that_are_not_a_json_object_is_400(string variables)
    {
        var response = await Host.GetAsync(new Dictionary<string, string> { ["query"] = "{ __typename }", ["variables"] = variables });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.Codes);
    }

    [Theory]
    [InlineData("{ \"not a JSON")]
    [InlineData("[{\"query\":\"{ __typename }\"}]")]
    [InlineData("\"{ __typename }\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{\"notquery\":\"{ __typename }\"}")]
    [InlineData("{\"query\":null}")]
    [InlineData("{\"query\":42}")]
    [InlineData("{\"query\":{\"obj\":\"ect\"}}")]
    [InlineData("{\"query\":[\"array\"]}")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":0}")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":false}")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":{}}")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":\"string\"}")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[\"array\"]}")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":0}")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":\"string\"}")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":false}")]
    [InlineData("")]
    public async Task Malformed_post_body_is_400_without_data(string body)
    {
        foreach (var accept in new[] { Json, GraphQLResponseJson })
        {
            var response = await Host.PostRawAsync(body, Json, accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Equal($"{accept}; charset=utf-8", response.ContentType);
            Assert.Equal(["BAD_REQUEST"], response.Codes);
            Assert.False(response.HasData);
        }
    }

    [Fact]
    public async Task Invalid_utf8_in_the_body_is_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Host.Address)
        {
            Content = new ByteArrayContent([.. "{\"query\":\"{ hello(name: \\\""u8, 0xFF, 0xFE, .. "\\\") }\"}"u8]),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Json);
        using var raw = await Host.Client.SendAsync(request);
        var response = await HttpTestResponse.ReadAsync(raw);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.Codes);
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Null_optional_parameters_are_allowed(string parameter)
    {
        var body = $"{{\"query\":\"{{ __typename }}\",\"{parameter}\":null,\"unknown\":[1,2]}}";

        var response = await Host.PostRawAsync(body, Json, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Json.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Unparseable_document_is_a_request_error(string accept, HttpStatusCode expected)
    {
        var response = await Host.QueryAsync("{", accept);

        Assert.Equal(expected, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], response.Codes);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Unknown_field_is_a_validation_error(string accept, HttpStatusCode expected)
    {
        var response = await Host.QueryAsync("{ noSuchField }", accept);

        Assert.Equal(expected, response.Status);
        Assert.Equal($"{accept}; charset=utf-8", response.ContentType);
        Assert.False(response.HasData);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], response.Codes);
        Assert.Contains("noSuchField", response.FirstMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Variable_coercion_failure_is_bad_user_input(string accept, HttpStatusCode expected)
    {
        var nullName = await Host.PostJsonAsync(
            new { query = "query Q($name: String!) { hello(name: $name) }", variables = new { name = (string?)null } }, accept);
        var wrongType = await Host.PostJsonAsync(
            new { query = "query Q($name: String!) { hello(name: $name) }", variables = new { name = new { not = "a string" } } }, accept);

        foreach (var response in new[] { nullName, wrongType })
        {
            Assert.Equal(expected, response.Status);
            Assert.False(response.HasData);
            Assert.Equal(["BAD_USER_INPUT"], response.Codes);
        }
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Unknown_operation_name_is_a_request_error(string accept, HttpStatusCode expected)
    {
        var response = await Host.PostJsonAsync(new { query = "query A { arabic }", operationName = "B" }, accept);

        Assert.Equal(expected, response.Status);
        Assert.False(response.HasData);
        Assert.NotNull(response.Codes[0]);
    }

    [Fact]
    public async Task Arabic_is_written_unescaped()
    {
        var response = await Host.QueryAsync("{ arabic }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("\"arabic\":\"قسد\"", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0642", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Variables_with_arabic_round_trip()
    {
        var response = await Host.PostJsonAsync(
            new { query = "query Q($name: String!) { hello(name: $name) }", variables = new { name = "قوات سوريا الديمقراطية" } });

        Assert.Contains("Hello, قوات سوريا الديمقراطية!", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_still_answers_after_a_run_of_bad_requests()
    {
        await Host.PostRawAsync("{ \"not a JSON", Json);
        await Host.PostRawAsync("{\"query\":\"{ __typename }\"}", "text/plain");
        await Host.PostRawAsync("", Json);
        await Host.QueryAsync("{", GraphQLResponseJson);
        await Host.QueryAsync("{ noSuchField }");
        await Host.QueryAsync("{ crash failing storeDown }");
        await Host.SendAsync(HttpMethod.Delete);
        await Host.GetAsync(new Dictionary<string, string> { ["query"] = "mutation { bump }" });
        await Host.QueryAsync("{ arabic }", "text/html");

        var response = await Host.QueryAsync("{ arabic hello(name: \"again\") }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, again!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Subscriptions_are_refused_over_http()
    {
        var response = await Host.QueryAsync("subscription { arabic }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Responses_vary_by_accept()
    {
        using var response = await Host.Client.PostAsync(Host.Address, new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, Json));

        Assert.Contains("Accept", response.Headers.Vary);
    }
}
