namespace ClaimGraph.Ingest.Evaluation;

/// <summary>A bulk run's rate (loading the index included), how long the load took, and what it loaded.</summary>
public sealed record BulkThroughput(double ArticlesPerSecond, int Articles, TimeSpan Load, int Actors, int Claims);
