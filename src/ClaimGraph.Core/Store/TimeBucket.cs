namespace ClaimGraph.Core.Store;

/// <summary>Width of a time bucket; buckets start at 00:00 UTC (weeks on Monday).</summary>
public enum TimeBucket
{
    Day,
    Week,
    Month,
    Year,
}
