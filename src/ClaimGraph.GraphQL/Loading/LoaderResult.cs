using GraphQL.DataLoader;

namespace ClaimGraph.GraphQL.Loading;

/// <summary>A pending value: asking for it dispatches its loader's queued batch, if not already dispatched.</summary>
internal sealed class LoaderResult<T>(IDispatchable loader, Task<T> value) : IDataLoaderResult<T>
{
    public Task<T> Value => value;

    public async Task<T> GetResultAsync(CancellationToken cancellationToken = default)
    {
        if (!value.IsCompleted)
            await loader.DispatchAsync(cancellationToken);
        return await value;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
