using ClaimGraph.Server.Http;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>A minimal web app with the test schema and the endpoint at /graphql, in memory or on a real Kestrel port.</summary>
public sealed class HttpTestHost : IAsyncDisposable
{
    public const string Path = "/graphql";

    private readonly WebApplication _app;

    private HttpTestHost(WebApplication app, HttpClient client, Uri address)
    {
        _app = app;
        Client = client;
        Address = address;
    }

    public HttpClient Client { get; }

    /// <summary>The endpoint's absolute address.</summary>
    public Uri Address { get; }

    public static async Task<HttpTestHost> StartAsync(
        Action<GraphQLHttpOptions>? configure = null,
        IDictionary<string, string?>? settings = null,
        bool kestrel = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        if (kestrel)
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        else
            builder.WebHost.UseTestServer();

        builder.Services.AddGraphQL(b => b
            .AddSchema<HttpTestSchema>()
            .AddGraphTypes(typeof(HttpTestSchema).Assembly)
            .AddSystemTextJson(GraphQLHttpJson.Configure));
        builder.Services.AddGraphQLHttp(builder.Configuration.GetSection(GraphQLHttpOptions.SectionName), configure);

        var app = builder.Build();
        app.MapGraphQLEndpoint(Path);
        await app.StartAsync();

        if (kestrel)
        {
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var address = new Uri(new Uri(bound), Path);
            return new HttpTestHost(app, new HttpClient { BaseAddress = address }, address);
        }

        var client = app.GetTestClient();
        return new HttpTestHost(app, client, new Uri(client.BaseAddress!, Path));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
