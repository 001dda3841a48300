namespace ClaimGraph.Core.Services;

/// <summary>Limits of graph slices and exports (configuration section ClaimGraph:Graph).</summary>
public sealed class GraphOptions
{
    /// <summary>The largest <c>depth</c> a slice may ask for.</summary>
    public int MaxDepth { get; set; } = 6;

    /// <summary>The largest <c>limit</c> the GraphQL <c>graph</c> query accepts.</summary>
    public int MaxNodes { get; set; } = 2000;

    /// <summary>The most nodes an export holds; larger graphs are cut and marked truncated.</summary>
    public int MaxExportNodes { get; set; } = 100_000;
}
