using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ClaimGraph.Core.Store;
using ClaimGraph.Server.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>
/// The real service over a real SQLite file in a temporary data folder, seeded from the repository's
/// seeds/ as on first start. Store calls are counted so tests can check batching.
/// </summary>
public sealed class ClaimGraphApp : WebApplicationFactory<Program>
{
    private readonly bool _ownsDirectory;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public ClaimGraphApp(string? dataDirectory = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        _ownsDirectory = dataDirectory is null;
        _settings = settings ?? new Dictionary<string, string>();
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "claimgraph-tests", Guid.NewGuid().ToString("n"));
    }

    /// <summary>An admin key configured for every app; clients from CreateClient send it (Server.CreateClient() does not).</summary>
    public const string AdminKey = "test-admin-key-0123456789abcdef";

    public string DataDirectory { get; }

    public CountingStore Store => Services.GetRequiredService<CountingStore>();

    /// <summary>Serves the app on a real Kestrel port on 127.0.0.1 and returns its address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    public async Task<JsonObject> QueryAsync(string query, object? variables = null)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Runs a query that must succeed and returns its data.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null)
    {
        var result = await QueryAsync(query, variables);
        if (result["errors"] is { } errors)
            throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        return result["data"]!.AsObject();
    }

    public async Task<string> RawAsync(HttpMethod method, string url, string? body = null, string? contentType = "application/json", string? accept = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, contentType ?? "application/json");
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ClaimGraph:DataDirectory", DataDirectory);
        builder.UseSetting("ClaimGraph:Seed:Directory", Path.Combine(RepositoryRoot.Path, "seeds"));
        builder.UseSetting("ClaimGraph:Auth:Keys:0:Name", "test-admin");
        builder.UseSetting("ClaimGraph:Auth:Keys:0:Hash", ApiKeyHash.Compute(AdminKey));
        builder.UseSetting("ClaimGraph:Auth:Keys:0:Role", "admin");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            var original = services.Last(d => d.ServiceType == typeof(IClaimStore));
            services.Remove(original);
            services.AddSingleton(sp => new CountingStore(Resolve(sp, original)));
            services.AddSingleton<IClaimStore>(sp => sp.GetRequiredService<CountingStore>());
        });
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory)
            TryDelete(DataDirectory);
    }

    public static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static IClaimStore Resolve(IServiceProvider sp, ServiceDescriptor d) =>
        (IClaimStore)(d.ImplementationInstance
            ?? d.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!));
}
