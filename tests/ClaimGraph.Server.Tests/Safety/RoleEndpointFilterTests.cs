using System.Net;
using System.Text.Json.Nodes;
using ClaimGraph.Server.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>The role filter for write routes outside GraphQL, on a small app with the same key middleware.</summary>
public sealed class RoleEndpointFilterTests
{
    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData("wrong-key-0123456789abcdef", HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData(TestKeys.Reader, HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData(TestKeys.Alice, HttpStatusCode.OK, null)]
    public async Task A_write_route_runs_only_for_a_write_key(string? key, HttpStatusCode status, string? code)
    {
        var ran = 0;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(TestKeys.Settings().Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)));
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.SectionName));
        builder.Services.AddSingleton<ApiKeyAuthenticator>();
        await using var app = builder.Build();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.MapPost("/import", () =>
        {
            ran++;
            return Results.Ok();
        }).RequireRole(AccessRole.Write);
        await app.StartAsync();

        using var client = app.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/import");
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        using var response = await client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code is null ? 1 : 0, ran);
        if (code is not null)
            Assert.Equal(code, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]);
    }
}
