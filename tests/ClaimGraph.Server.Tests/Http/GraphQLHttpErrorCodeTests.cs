using System.Net;
using Xunit;
using static ClaimGraph.Server.Tests.Http.HttpTestRequests;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>Every error carries extensions.code; domain errors keep theirs; nothing of the server leaks.</summary>
public sealed class GraphQLHttpErrorCodeTests(HttpTestHostFixture fixture) : IClassFixture<HttpTestHostFixture>
{
    private HttpTestHost Host => fixture.Host;

    [Fact]
    public async Task ClaimGraphException_keeps_its_code_field_and_message()
    {
        var response = await Host.QueryAsync("{ failing arabic }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var data = response.Json.GetProperty("data");
        Assert.Equal("قسد", data.GetProperty("arabic").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("failing").ValueKind);
        var error = response.Errors[0];
        Assert.Equal("No claim with id 'c-404'.", error.GetProperty("message").GetString());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("id", error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal("failing", error.GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task ClaimGraphException_while_coercing_a_variable_keeps_its_code_field_and_message(string accept, HttpStatusCode expected)
    {
        var response = await Host.PostJsonAsync(
            new { query = "query Q($id: ClaimId!) { claim(id: $id) }", variables = new { id = "x-2" } }, accept);

        Assert.Equal(expected, response.Status);
        Assert.False(response.HasData);
        var error = response.Errors[0];
        Assert.Equal("Claim ids start with 'c-'; 'x-2' does not.", error.GetProperty("message").GetString());
        Assert.Equal("VALIDATION", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("id", error.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Invalid_literal_argument_is_a_validation_error()
    {
        var valid = await Host.QueryAsync("{ claim(id: \"c-1\") }", GraphQLResponseJson);
        var invalid = await Host.QueryAsync("{ claim(id: \"x-1\") }", GraphQLResponseJson);

        Assert.Equal("claim c-1", valid.Json.GetProperty("data").GetProperty("claim").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], invalid.Codes);
    }

    [Fact]
    public async Task Store_unavailable_is_coded_and_hides_the_store_message()
    {
        var response = await Host.QueryAsync("{ storeDown }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["STORE_UNAVAILABLE"], response.Codes);
        Assert.DoesNotContain("/secret/path", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unexpected_exception_is_internal_server_error_without_details()
    {
        var response = await Host.QueryAsync("{ crash }", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.HasData);
        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.Codes);
        Assert.DoesNotContain("secret internals", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("INVALID_OPERATION", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{ noSuchField }")]
    [InlineData("{ hello }")]
    [InlineData("{ failing storeDown crash arabic }")]
    [InlineData("query A { arabic } query B { arabic }")]
    [InlineData("")]
    public async Task Every_error_has_a_code(string query)
    {
        var response = await Host.QueryAsync(query, GraphQLResponseJson);

        Assert.NotEmpty(response.Codes);
        Assert.All(response.Codes, code => Assert.False(string.IsNullOrEmpty(code)));
    }
}
