using ClaimGraph.Core.Store;

namespace ClaimGraph.Server.Health;

internal static class HealthEndpoint
{
    /// <summary>/health answers 200 with the store's counts when the store answers, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IClaimStore store, CancellationToken ct) =>
        {
            try
            {
                var counts = await store.CountAsync(ct);
                return Results.Json(new { status = "ok", store = "ok", counts });
            }
            catch (StoreUnavailableException ex)
            {
                return Results.Json(new { status = "unavailable", store = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
