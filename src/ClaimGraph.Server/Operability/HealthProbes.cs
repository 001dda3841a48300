using ClaimGraph.Core.Store;

namespace ClaimGraph.Server.Operability;

/// <summary>
/// Probes for orchestrators: <c>/health/live</c> answers 200 while the process serves requests (it touches
/// nothing else); <c>/health/ready</c> answers 200 when the store answers and 503 when it does not. <c>/health</c>
/// stays the combined view with the store's counts.
/// </summary>
internal static class HealthProbes
{
    public static IEndpointRouteBuilder MapHealthProbes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Json(new { status = "ok" }));
        app.MapGet("/health/ready", async (IClaimStore store, CancellationToken ct) =>
        {
            try
            {
                await store.CountAsync(ct);
                return Results.Json(new { status = "ok", store = "ok" });
            }
            catch (StoreUnavailableException ex)
            {
                return Results.Json(new { status = "unavailable", store = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
