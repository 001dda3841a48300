namespace ClaimGraph.Core.Services;

/// <summary>Paging limits (configuration section ClaimGraph:Paging).</summary>
public sealed class ReadOptions
{
    public int DefaultPageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;

    public int MaxSearchResults { get; set; } = 100;
}
