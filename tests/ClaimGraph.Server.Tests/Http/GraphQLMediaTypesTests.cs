using ClaimGraph.Server.Http;
using Microsoft.Extensions.Primitives;
using Xunit;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>The Accept headers answered without parsing give what the full negotiation gives.</summary>
public sealed class GraphQLMediaTypesTests
{
    [Theory]
    [InlineData("application/graphql-response+json", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("Application/GraphQL-Response+JSON", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=1", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json", GraphQLMediaTypes.Json)]
    [InlineData("APPLICATION/JSON", GraphQLMediaTypes.Json)]
    [InlineData("application/json; charset=utf-8", GraphQLMediaTypes.Json)]
    [InlineData("*/*", GraphQLMediaTypes.Json)]
    [InlineData("*/*;q=0.8", GraphQLMediaTypes.Json)]
    [InlineData("application/json, application/graphql-response+json", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json;charset=latin1", null)]
    [InlineData("text/html", null)]
    public void Negotiates_the_common_headers_as_the_general_rule_does(string accept, string? expected) =>
        Assert.Equal(expected, GraphQLMediaTypes.Negotiate(new StringValues(accept)));

    [Fact]
    public void Two_header_lines_are_negotiated_together() =>
        Assert.Equal(GraphQLMediaTypes.GraphQLResponseJson, GraphQLMediaTypes.Negotiate(new StringValues(["application/json", "application/graphql-response+json"])));
}
