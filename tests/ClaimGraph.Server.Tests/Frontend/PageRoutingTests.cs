using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClaimGraph.Server.Tests.Api;
using Xunit;

namespace ClaimGraph.Server.Tests.Frontend;

/// <summary>The playground and dashboard pages, and how /graphql tells a browser from a GraphQL client.</summary>
public sealed partial class PageRoutingTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Theory]
    [InlineData("/playground", "ClaimGraph playground")]
    [InlineData("/dashboard", "ClaimGraph dashboard")]
    [InlineData("/graphql", "ClaimGraph playground")]
    public async Task A_browser_gets_the_page(string path, string title)
    {
        using var response = await SendAsync(HttpMethod.Get, path, BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains($"<title>{title}</title>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D", BrowserAccept, HttpStatusCode.OK)]
    [InlineData("/graphql", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("/graphql", "*/*", HttpStatusCode.BadRequest)]
    [InlineData("/graphql", "application/json, text/html", HttpStatusCode.BadRequest)]
    [InlineData("/graphql", "text/html;q=0.5, application/graphql-response+json", HttpStatusCode.BadRequest)]
    public async Task GraphQL_clients_still_reach_the_endpoint(string path, string accept, HttpStatusCode status)
    {
        using var response = await SendAsync(HttpMethod.Get, path, accept);

        Assert.Equal(status, response.StatusCode);
        Assert.StartsWith("application/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_request_for_the_graphql_url_is_left_to_the_endpoint()
    {
        using var response = await SendAsync(HttpMethod.Head, "/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_post_asking_for_html_is_still_graphql()
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(BrowserAccept);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_pages_assets_are_served_locally_and_cached_by_their_hashed_names()
    {
        using var page = await SendAsync(HttpMethod.Get, "/playground", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        var scripts = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).ToList();
        Assert.NotEmpty(scripts);

        foreach (var script in scripts)
        {
            using var asset = await SendAsync(HttpMethod.Get, script, "*/*");
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Contains("immutable", asset.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("http", string.Concat(scripts), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string accept)
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request);
    }

    [GeneratedRegex("(?:src|href)=\"(?<path>/app/assets/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
