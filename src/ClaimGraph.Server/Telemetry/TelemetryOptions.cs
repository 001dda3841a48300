namespace ClaimGraph.Server.Telemetry;

/// <summary>OpenTelemetry export: the configuration section <c>ClaimGraph:Telemetry</c>. Everything is off by default.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "ClaimGraph:Telemetry";

    /// <summary>Collect traces and metrics (requests and store calls) even with no exporter below, e.g. for a test's exporter.</summary>
    public bool Enabled { get; set; }

    /// <summary>Write spans and metrics to standard output.</summary>
    public bool Console { get; set; }

    /// <summary>Send spans and metrics over OTLP to this collector address (for example <c>http://127.0.0.1:4317</c>).</summary>
    public Uri? OtlpEndpoint { get; set; }

    public bool Any => Enabled || Console || OtlpEndpoint is not null;
}
