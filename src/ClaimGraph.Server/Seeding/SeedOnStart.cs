using ClaimGraph.Core.Store;

namespace ClaimGraph.Server.Seeding;

/// <summary>
/// Seeds before the server starts taking requests. A store that cannot be reached does not stop the
/// service: it starts, answers STORE_UNAVAILABLE and reports 503 on /health until the store is back.
/// </summary>
public sealed class SeedOnStart(IServiceProvider services, ILogger<SeedOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<Seeder>().SeedIfEmptyAsync(cancellationToken);
        }
        catch (StoreUnavailableException ex)
        {
            logger.LogError("The store is unavailable at start, so the seed was not checked: {Reason}", ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
