namespace ClaimGraph.Core.Services;

/// <summary>Ids being written in the current transaction, which references may point at.</summary>
internal sealed class PendingIds
{
    public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Claims { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Statements { get; } = new(StringComparer.Ordinal);
}
