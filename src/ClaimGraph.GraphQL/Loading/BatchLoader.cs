using GraphQL.DataLoader;

namespace ClaimGraph.GraphQL.Loading;

/// <summary>
/// A per-request batching loader. Resolvers call <see cref="Load"/> and return the result; GraphQL.NET
/// asks for results only after the whole level has been resolved, and the first ask fetches every
/// key queued so far in one call. Results are cached for the rest of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch) : IDispatchable
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private Batch? _pending;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
                return new LoaderResult<TValue?>(this, cached);
            _pending ??= new Batch();
            _pending.Keys.Add(key);
            var task = Pick(_pending.Completion.Task, key);
            _cache[key] = task;
            return new LoaderResult<TValue?>(this, task);
        }
    }

    /// <summary>Loads many keys as one result, in the order given, skipping keys that do not exist.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var results = keys.Select(Load).ToList();
        return new LoaderResult<IReadOnlyList<TValue>>(this, Collect(results));
    }

    public async Task DispatchAsync(CancellationToken ct)
    {
        Batch? batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = null;
        }

        if (batch is null)
            return;
        try
        {
            batch.Completion.SetResult(await fetch(batch.Keys, ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            batch.Completion.SetCanceled(ct);
        }
        catch (Exception ex)
        {
            batch.Completion.SetException(ex);
        }
    }

    private static async Task<IReadOnlyList<TValue>> Collect(List<IDataLoaderResult<TValue?>> results)
    {
        var values = new List<TValue>(results.Count);
        foreach (var r in results)
        {
            if (await ((LoaderResult<TValue?>)r).Value is { } value)
                values.Add(value);
        }

        return values;
    }

    private static async Task<TValue?> Pick(Task<IReadOnlyDictionary<TKey, TValue>> batch, TKey key) =>
        (await batch).TryGetValue(key, out var value) ? value : default;

    private sealed class Batch
    {
        public List<TKey> Keys { get; } = [];

        // Continuations run inline on the thread that fetched: each waiting field then completes at once, instead of
        // one thread-pool hop per key. Nothing holds a lock while the batch completes.
        public TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> Completion { get; } = new();
    }
}
