using System.Reflection;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Ingest.Tests.Support;

/// <summary>
/// An IClaimStore over a real store that, like a store with no claim-term index (Neo4j), answers CountClaimTermsAsync with null and,
/// unless made with <see cref="WithoutClaimTerms"/>, like a store with no cheap document counts, CountMatchesAsync too.
/// </summary>
public class NoCounts : DispatchProxy
{
    private IClaimStore _inner = null!;
    private bool _documentCounts;

    public static IClaimStore Over(IClaimStore inner) => Make(inner, documentCounts: false);

    /// <summary>A store that counts search documents but keeps no claim-term index.</summary>
    public static IClaimStore WithoutClaimTerms(IClaimStore inner) => Make(inner, documentCounts: true);

    private static IClaimStore Make(IClaimStore inner, bool documentCounts)
    {
        var proxy = Create<IClaimStore, NoCounts>();
        ((NoCounts)(object)proxy)._inner = inner;
        ((NoCounts)(object)proxy)._documentCounts = documentCounts;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IClaimStore.CountClaimTermsAsync))
            return Task.FromResult<ClaimTermCounts?>(null);
        if (targetMethod.Name == nameof(IClaimStore.CountMatchesAsync) && !_documentCounts)
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
