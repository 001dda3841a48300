namespace ClaimGraph.Ingest.Draft;

/// <summary>What a committed draft wrote: its source and how many new actors, claims and statements.</summary>
public sealed record CommitResult(string SourceId, int Actors, int Claims, int Statements);
