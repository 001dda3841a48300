namespace ClaimGraph.Core.Store;

/// <summary>What statement counts are grouped by (always also by stance).</summary>
public enum StatGrouping
{
    Stance,
    Actor,
    Source,
    Claim,
    Time,
}
