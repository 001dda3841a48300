namespace ClaimGraph.Ingest.Evaluation;

/// <summary>
/// A throughput run: articles per wall-clock second and per second of the process's CPU time, how many articles,
/// and for a bulk run how long loading its index took (counted in both rates, not in <see cref="AfterLoadPerSecond"/>)
/// and what it loaded.
/// </summary>
public sealed record BulkThroughput(double ArticlesPerSecond, double ArticlesPerCpuSecond, int Articles, TimeSpan Load, int Actors, int Claims, double AfterLoadPerSecond = 0);
