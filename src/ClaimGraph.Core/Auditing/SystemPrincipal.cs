namespace ClaimGraph.Core.Auditing;

/// <summary>The principal of writes made by the service itself (seeding, CLI import) or where no host says otherwise.</summary>
public sealed class SystemPrincipal : ICurrentPrincipal
{
    public const string DefaultName = "system";

    public static SystemPrincipal Instance { get; } = new();

    public string Name => DefaultName;
}
