using Xunit;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>One in-memory host with default options, shared by a test class.</summary>
public sealed class HttpTestHostFixture : IAsyncLifetime
{
    private HttpTestHost? _host;

    public HttpTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await HttpTestHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }
}
