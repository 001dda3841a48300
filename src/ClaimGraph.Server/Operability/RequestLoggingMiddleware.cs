using System.Diagnostics;

namespace ClaimGraph.Server.Operability;

/// <summary>
/// One log line per request: method, path (without the query string, which may hold a document), status and
/// duration. Never bodies, headers or keys; the caller's key name is logged as <c>Principal</c>.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var principal = context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "-";
            Completed(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, elapsed, principal);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for {Principal}")]
    private static partial void Completed(ILogger logger, string method, string path, int statusCode, double elapsedMs, string principal);
}
