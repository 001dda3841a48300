using GraphQL.DataLoader;

namespace ClaimGraph.GraphQL.Loading;

public static class LoaderResultExtensions
{
    /// <summary>Transforms a loaded value without another store call.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new MappedResult<T, TResult>(result, map);
}
