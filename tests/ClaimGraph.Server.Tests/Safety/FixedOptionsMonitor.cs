using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>An options monitor over one fixed value.</summary>
public sealed class FixedOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
