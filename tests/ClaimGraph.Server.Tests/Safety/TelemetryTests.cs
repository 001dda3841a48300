using System.Diagnostics;
using ClaimGraph.Server.Telemetry;
using ClaimGraph.Server.Tests.Api;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Xunit;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>With telemetry on, a GraphQL request is a server span whose children are the store calls, and the store meter counts them.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_graphql_request_has_a_request_span_with_store_call_children_and_store_metrics()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        using var app = new ClaimGraphApp(settings: new Dictionary<string, string> { ["ClaimGraph:Telemetry:Enabled"] = "true" });
        using var traced = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
        }));

        // A known trace id, so spans of other tests running alongside are told apart.
        var traceId = ActivityTraceId.CreateRandom();
        using var client = traced.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ counts { actors } claim(id: \"negotiations-exist\") { deniedBy { name } } }"}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        // The server span ends when the pipeline finishes, which may be just after the client has the response.
        List<Activity> mine = [];
        for (var waited = 0; waited < 5000; waited += 50)
        {
            traced.Services.GetRequiredService<TracerProvider>().ForceFlush();
            lock (spans)
                mine = spans.Where(s => s.TraceId == traceId).ToList();
            if (mine.Any(s => s.Kind == ActivityKind.Server))
                break;
            await Task.Delay(50);
        }

        traced.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var server = Assert.Single(mine, s => s.Kind == ActivityKind.Server);
        var store = mine.Where(s => s.Source.Name == StoreTelemetry.Name).ToList();
        Assert.Contains(store, s => s.DisplayName == "store Count");
        Assert.Contains(store, s => s.DisplayName == "store GetClaims");
        Assert.Contains(store, s => s.DisplayName == "store GetClaimStanceActors");
        Assert.All(store, s => Assert.Equal(server.SpanId, s.ParentSpanId));

        var calls = Assert.Single(metrics.Where(m => m.Name == "claimgraph.store.calls").GroupBy(m => m.Name)).Last();
        var countCalls = calls.MetricPoints.Where(p => Tag(p, "operation") == "Count" && Tag(p, "outcome") == "ok").Sum(p => p.GetSumLong());
        Assert.True(countCalls >= 1, $"store Count calls recorded: {countCalls}");
        Assert.Contains(metrics, m => m.Name == "claimgraph.store.duration");
    }

    private static string? Tag(MetricPoint point, string name)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == name)
                return tag.Value as string;
        }

        return null;
    }
}
