using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Browser.Tests;

/// <summary>
/// The real service on a real Kestrel port on 127.0.0.1, over a real SQLite file in a temporary folder, seeded from
/// the repository's seeds/ as on first start; the pages come from the built front end beside the server assembly.
/// </summary>
public sealed class ServedApp : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "claimgraph-browser-tests", Guid.NewGuid().ToString("n"));

    public ServedApp()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First());
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Address { get; }

    /// <summary>Runs a GraphQL operation over real HTTP and returns its data; GraphQL errors fail the test.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null)
    {
        using var client = new HttpClient { BaseAddress = Address };
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        if (body["errors"] is { } errors)
            throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        return body["data"]!.AsObject();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ClaimGraph:DataDirectory", _dataDirectory);
        builder.UseSetting("ClaimGraph:Seed:Directory", Path.Combine(RepositoryRoot.Path, "seeds"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        try
        {
            if (Directory.Exists(_dataDirectory))
                Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
