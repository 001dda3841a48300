namespace ClaimGraph.Core.Auditing;

/// <summary>
/// Who is writing right now: the ambient answer the store reads when it stamps a write, so the principal
/// need not be threaded through every service and store method. The host decides (the API key's name in a
/// web request, <see cref="SystemPrincipal.Name"/> for seeding and the CLI).
/// </summary>
public interface ICurrentPrincipal
{
    /// <summary>The name recorded as <c>created_by</c> / <c>updated_by</c>; never a key or a secret.</summary>
    string Name { get; }
}
