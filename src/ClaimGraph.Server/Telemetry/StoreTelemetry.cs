using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ClaimGraph.Server.Telemetry;

/// <summary>The ActivitySource and Meter of store calls, both named <see cref="Name"/>.</summary>
public static class StoreTelemetry
{
    public const string Name = "ClaimGraph.Store";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Store calls, tagged with <c>operation</c> and <c>outcome</c> (ok or error).</summary>
    public static readonly Counter<long> Calls = Meter.CreateCounter<long>("claimgraph.store.calls", "{call}", "Calls made to the claim store.");

    /// <summary>Store call durations in milliseconds, with the same tags as <see cref="Calls"/>.</summary>
    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("claimgraph.store.duration", "ms", "How long claim store calls take.");
}
