using ClaimGraph.Core.Store;
using ClaimGraph.Server.Telemetry;
using Xunit;

namespace ClaimGraph.Server.Tests.Api;

/// <summary>
/// Port methods added later come with default implementations so every store keeps compiling; a decorator
/// that does not forward one silently answers with the default instead of the store's (no resumable
/// imports, scans instead of GROUP BY). This pins that every decorator forwards every method.
/// </summary>
public sealed class StoreDecoratorTests
{
    [Theory]
    [InlineData(typeof(InstrumentedClaimStore))]
    [InlineData(typeof(CountingStore))]
    public void Decorators_forward_every_store_method(Type decorator)
    {
        var map = decorator.GetInterfaceMap(typeof(IClaimStore));
        var defaulted = map.TargetMethods.Where(m => m.DeclaringType != decorator).Select(m => m.Name).ToList();
        Assert.True(defaulted.Count == 0, $"{decorator.Name} does not forward: {string.Join(", ", defaulted)}");
    }
}
