using ClaimGraph.Server.Tests.Api;

namespace ClaimGraph.Server.Tests.WebSockets;

/// <summary>The seeded service on a real Kestrel port, with a short connection-init timeout so 4408 is quick to see.</summary>
public sealed class WsAppFixture : IDisposable
{
    public WsAppFixture()
    {
        App = new ClaimGraphApp(settings: new Dictionary<string, string> { ["ClaimGraph:WebSockets:ConnectionInitTimeout"] = "00:00:01.500" });
        Address = App.StartOnKestrel();
    }

    public ClaimGraphApp App { get; }

    public Uri Address { get; }

    public void Dispose() => App.Dispose();
}
