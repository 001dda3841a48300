using ClaimGraph.Server.Auth;
using ClaimGraph.Server.RateLimiting;
using ClaimGraph.Server.Telemetry;

namespace ClaimGraph.Server.Operability;

/// <summary>Issue 6's safety and operability wiring: keys, rate limits, request logs, JSON logs, telemetry, probes.</summary>
public static class OperabilitySetup
{
    /// <summary>Call after the store is registered (the telemetry decorator wraps it).</summary>
    public static IServiceCollection AddClaimGraphOperability(this IServiceCollection services, IConfiguration claimGraphSection)
    {
        ArgumentNullException.ThrowIfNull(claimGraphSection);
        services.AddClaimGraphAuth(claimGraphSection.GetSection("Auth"));
        services.AddClaimGraphRateLimit(claimGraphSection.GetSection("RateLimit"));
        services.AddClaimGraphTelemetry(claimGraphSection.GetSection("Telemetry"));
        if (claimGraphSection.GetValue<bool>("Logging:Json"))
            services.AddLogging(logging => logging.AddJsonConsole(o => o.UseUtcTimestamp = true));
        return services;
    }

    /// <summary>The middleware, in order: request log (sees every status), key, rate limit. Call before mapping endpoints.</summary>
    public static WebApplication UseClaimGraphOperability(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseRateLimiter();
        app.MapHealthProbes();
        return app;
    }
}
