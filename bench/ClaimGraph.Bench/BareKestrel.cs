using System.Text;

namespace ClaimGraph.Bench;

/// <summary>
/// The ceiling for the load test: Kestrel answering POST /graphql with a precomputed body of the
/// given size, no GraphQL and no store. Same machine, same client, same request.
/// </summary>
public static class BareKestrel
{
    public static async Task RunAsync(int port, int bytes)
    {
        var body = Encoding.UTF8.GetBytes("{\"data\":{\"x\":\"" + new string('x', Math.Max(0, bytes - 16)) + "\"}}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/graphql", async context =>
        {
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
        await app.RunAsync();
    }
}
