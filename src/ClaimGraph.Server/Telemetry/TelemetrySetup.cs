using ClaimGraph.Core.Store;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ClaimGraph.Server.Telemetry;

/// <summary>Decorates the store with spans and metrics, and switches OpenTelemetry export on when configured.</summary>
internal static class TelemetrySetup
{
    public static IServiceCollection AddClaimGraphTelemetry(this IServiceCollection services, IConfiguration section)
    {
        var original = services.Last(d => d.ServiceType == typeof(IClaimStore));
        services.Remove(original);
        services.AddSingleton<IClaimStore>(sp => new InstrumentedClaimStore(Resolve(sp, original)));

        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Any)
            return services;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("ClaimGraph"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(StoreTelemetry.Name).AddAspNetCoreInstrumentation();
                if (options.Console)
                    tracing.AddConsoleExporter();
                if (options.OtlpEndpoint is { } endpoint)
                    tracing.AddOtlpExporter(o => o.Endpoint = endpoint);
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(StoreTelemetry.Name).AddAspNetCoreInstrumentation();
                if (options.Console)
                    metrics.AddConsoleExporter();
                if (options.OtlpEndpoint is { } endpoint)
                    metrics.AddOtlpExporter(o => o.Endpoint = endpoint);
            });
        return services;
    }

    private static IClaimStore Resolve(IServiceProvider sp, ServiceDescriptor descriptor) =>
        (IClaimStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
