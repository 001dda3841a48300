using System.Globalization;
using System.Threading.RateLimiting;
using ClaimGraph.Server.Auth;
using ClaimGraph.Server.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter with one fixed one-minute window per API key name, or per client address for
/// requests without a key. Health probes are never limited. A refused request gets 429, Retry-After and a
/// GraphQL-shaped error body with code RATE_LIMITED.
/// </summary>
internal static class RateLimitSetup
{
    public static IServiceCollection AddClaimGraphRateLimit(this IServiceCollection services, IConfiguration section)
    {
        services.Configure<RateLimitOptions>(section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var options = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                options.PermitsPerMinute <= 0 || context.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.PermitsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = options.QueueLimit,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }));
            limiter.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static string PartitionOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, AuthenticationType: ApiKeyAuthenticator.ApiKeyType, Name: { } name }
            ? "key:" + name
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var response = rejected.HttpContext.Response;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = new HttpProblem(
            StatusCodes.Status429TooManyRequests,
            AuthErrorCodes.RateLimited,
            $"Too many requests; try again in {seconds} s. The limit is set by {RateLimitOptions.SectionName}:PermitsPerMinute.");
        await GraphQLResponseWriter.WriteProblemAsync(response, problem, GraphQLMediaTypes.Json, ct);
    }
}
