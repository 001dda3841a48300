namespace ClaimGraph.Server.Tests.Api;

/// <summary>One seeded service shared by read-only tests.</summary>
public sealed class SeededAppFixture : IDisposable
{
    public ClaimGraphApp App { get; } = new();

    public void Dispose() => App.Dispose();
}
