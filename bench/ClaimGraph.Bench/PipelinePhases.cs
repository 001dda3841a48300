using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text;
using ClaimGraph.Server;
using ClaimGraph.Server.Auth;
using ClaimGraph.Server.Http;
using ClaimGraph.Server.Telemetry;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Bench;

/// <summary>
/// Where a request's time goes inside the service, without HTTP or a load generator: the GraphQL endpoint called in
/// process on one thread, one request after another, over the real store, and beside it the phases on their own
/// (parse, execution with and without the non-core validation rules, serialization) and the time spent inside store
/// calls (from the store's duration histogram). Prints wall-clock and process CPU microseconds and bytes allocated
/// per request; on a shared machine the CPU figure is the steadier one.
/// </summary>
public static class PipelinePhases
{
    public static async Task RunAsync(string dataDirectory, int iterations, IReadOnlyList<(string Name, string Query)> queries)
    {
        var builder = WebApplication.CreateBuilder(["--ClaimGraph:DataDirectory=" + Path.GetFullPath(dataDirectory), "--ClaimGraph:Seed:Enabled=false"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddClaimGraph(builder.Configuration);
        await using var app = builder.Build();
        var services = app.Services;
        var endpoint = services.GetRequiredService<GraphQLHttpEndpoint>();
        var authenticator = services.GetRequiredService<ApiKeyAuthenticator>();
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var user = authenticator.Authenticate(null, IPAddress.Loopback);

        double storeMs = 0;
        long storeCalls = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == StoreTelemetry.Name && instrument.Name == "claimgraph.store.duration")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            storeMs += value;
            storeCalls++;
        });
        listener.Start();

        // The first pass lets tiered compilation finish (it promotes hot methods on a background thread after a delay);
        // only the second is printed.
        for (var pass = 0; pass < 2; pass++)
        {
            Quiet = pass == 0;
            if (!Quiet)
                Console.WriteLine($"{"query",-16} {"phase",-40} {"µs/req",8} {"CPU µs",8} {"bytes/req",10}");
            await MeasureAllAsync();
        }

        async Task MeasureAllAsync()
        {
            foreach (var (name, query) in queries)
            {
                var body = Encoding.UTF8.GetBytes("{\"query\":" + System.Text.Json.JsonSerializer.Serialize(query) + "}");

                async Task Endpoint()
                {
                    await using var scope = services.CreateAsyncScope();
                    var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = user };
                    context.Request.Method = "POST";
                    context.Request.ContentType = "application/json";
                    context.Request.Headers.Accept = "application/graphql-response+json";
                    context.Request.Body = new MemoryStream(body);
                    context.Request.ContentLength = body.Length;
                    context.Response.Body = new MemoryStream();
                    await endpoint.HandleAsync(context);
                    if (context.Response.StatusCode != 200)
                        throw new InvalidOperationException($"{name} answered {context.Response.StatusCode}");
                }

                var document = Parser.Parse(query);
                async Task<ExecutionResult> Execute(bool rules)
                {
                    await using var scope = services.CreateAsyncScope();
                    var options = new ExecutionOptions
                    {
                        Query = query,
                        Document = document,
                        RequestServices = scope.ServiceProvider,
                        User = user,
                        UserContext = new Dictionary<string, object?>(),
                        ValidationRules = rules
                            ? [LimitsComplexityRuleFactory(services), new AccessRule(new AuthOptions())]
                            : [],
                    };
                    return await executer.ExecuteAsync(options);
                }

                var result = await Execute(rules: true);
                async Task Serialize()
                {
                    using var stream = new MemoryStream();
                    await serializer.WriteAsync(stream, result);
                }

                await Measure(name, "endpoint (read, inspect, execute, write)", Endpoint, iterations);
                storeMs = 0;
                storeCalls = 0;
                var before = Stopwatch.GetTimestamp();
                for (var i = 0; i < iterations; i++)
                    await Endpoint();
                var total = Stopwatch.GetElapsedTime(before).TotalMilliseconds;
                Print(name, string.Create(CultureInfo.InvariantCulture, $"  of which inside store calls ({(double)storeCalls / iterations:0.#}/req)"), 1000 * storeMs / iterations, null, null);
                Print(name, "  of which outside the store", 1000 * (total - storeMs) / iterations, null, null);
                await Measure(name, "parse (GraphQLParser)", () => { Parser.Parse(query); return Task.CompletedTask; }, iterations);
                await Measure(name, "execute, parsed, limits + access rules", () => Execute(rules: true), iterations);
                await Measure(name, "execute, parsed, no non-core rules", () => Execute(rules: false), iterations);
                await Measure(name, "serialize the result", Serialize, iterations);
            }
        }
    }

    private static bool Quiet { get; set; }

    private static IValidationRule LimitsComplexityRuleFactory(IServiceProvider services)
    {
        // The endpoint's own rule, built the way the endpoint builds it.
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLHttpOptions>>().Value;
        var type = typeof(GraphQLHttpEndpoint).Assembly.GetType("ClaimGraph.Server.Http.LimitsComplexityRule", throwOnError: true)!;
        return (IValidationRule)type.GetMethod("For")!.Invoke(null, [options])!;
    }

    private static async Task Measure(string query, string phase, Func<Task> action, int iterations)
    {
        for (var i = 0; i < Math.Min(iterations, 500); i++)
            await action();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < iterations; i++)
            await action();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Print(query, phase, 1000 * elapsed / iterations, 1000 * cpuMs / iterations, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / iterations);
    }

    private static void Print(string query, string phase, double microseconds, double? cpuMicroseconds, long? bytes)
    {
        if (Quiet)
            return;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{query,-16} {phase,-40} {microseconds,8:0.0} {(cpuMicroseconds is { } c ? c.ToString("0.0", CultureInfo.InvariantCulture) : ""),8} {(bytes is { } b ? b.ToString(CultureInfo.InvariantCulture) : ""),10}"));
    }
}
