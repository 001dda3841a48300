using System.Reflection;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Ingest.Tests.Support;

/// <summary>An IClaimStore over a real store that, like a store with no cheap document counts, answers CountMatchesAsync with null.</summary>
public class NoCounts : DispatchProxy
{
    private IClaimStore _inner = null!;

    public static IClaimStore Over(IClaimStore inner)
    {
        var proxy = Create<IClaimStore, NoCounts>();
        ((NoCounts)(object)proxy)._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IClaimStore.CountMatchesAsync))
            return Task.FromResult<IReadOnlyList<int>?>(null);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
