using System.Reflection;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Ingest.Tests.Support;

/// <summary>An IClaimStore that forwards every call to a real store and counts the calls (and the searches among them).</summary>
public class CallCounter : DispatchProxy
{
    private IClaimStore _inner = null!;

    public int Calls { get; private set; }

    public int Searches { get; private set; }

    public static CallCounter Over(IClaimStore inner)
    {
        var proxy = Create<IClaimStore, CallCounter>();
        var counter = (CallCounter)(object)proxy;
        counter._inner = inner;
        return counter;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        Calls++;
        if (targetMethod.Name.StartsWith("Search", StringComparison.Ordinal))
            Searches++;
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
