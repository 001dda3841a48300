using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>
/// A local HTTP server (Kestrel on 127.0.0.1, a free port) that answers like Neo4j's Query API:
/// each test sets <see cref="Respond"/>; every request is recorded.
/// </summary>
internal sealed class FakeQueryApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeQueryApi(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers a request: status, JSON body, extra headers. Default: 202 with no rows.</summary>
    public Func<RecordedRequest, Task<FakeAnswer>> Respond { get; set; } = _ => Task.FromResult(FakeAnswer.Rows());

    public Uri Address { get; private set; } = null!;

    public static async Task<FakeQueryApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeQueryApi(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Address = new Uri(address);
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            body,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        Requests.Enqueue(request);
        var answer = await Respond(request);
        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
            context.Response.Headers[name] = value;
        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/vnd.neo4j.query";
            await context.Response.WriteAsync(answer.Body);
        }
    }
}
