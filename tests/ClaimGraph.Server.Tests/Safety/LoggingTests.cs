using System.Net;
using ClaimGraph.Server.Auth;
using ClaimGraph.Server.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Xunit;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>Request logs carry method, path, status and duration, and never a body, a key or a key's hash.</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task Each_request_is_logged_with_method_path_status_and_duration_but_no_key_or_body()
    {
        var logs = new CapturedLogs();
        using var app = new ClaimGraphApp(settings: TestKeys.Settings());
        using var logged = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));

        var ok = await GraphQLCall.PostAsync(logged, """mutation { createActor(input: { name: "Logged Body Marker", language: "en", kind: PERSON }) { id } }""", apiKey: TestKeys.Alice);
        var refused = await GraphQLCall.PostAsync(logged, "{ counts { actors } }", apiKey: "wrong-key-0123456789abcdef");
        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);

        var requests = logs.Entries.Where(e => e.Category == "ClaimGraph.Server.Operability.RequestLoggingMiddleware").ToList();
        Assert.Contains(requests, e => e.Message.StartsWith("HTTP POST /graphql responded 200 in ", StringComparison.Ordinal)
            && e.Message.EndsWith(" ms for alice", StringComparison.Ordinal)
            && e.Values.Contains("ElapsedMs=", StringComparison.Ordinal));
        Assert.Contains(requests, e => e.Message.StartsWith("HTTP POST /graphql responded 401 in ", StringComparison.Ordinal));

        string[] secrets =
        [
            TestKeys.Alice, "wrong-key-0123456789abcdef", ClaimGraphApp.AdminKey,
            ApiKeyHash.Compute(TestKeys.Alice)["sha256:".Length..], ApiKeyHash.Compute(ClaimGraphApp.AdminKey)["sha256:".Length..],
            "Logged Body Marker",
        ];
        foreach (var entry in logs.Entries)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, entry.Message, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(secret, entry.Values, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Json_console_logging_is_switched_on_by_configuration()
    {
        using var plain = new ClaimGraphApp();
        using var json = new ClaimGraphApp(settings: new Dictionary<string, string> { ["ClaimGraph:Logging:Json"] = "true" });

        Assert.NotEqual(ConsoleFormatterNames.Json, plain.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
        Assert.Equal(ConsoleFormatterNames.Json, json.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
    }
}
