namespace ClaimGraph.Core.Store;

public sealed record GraphCounts(int Actors, int Claims, int Sources, int Statements, int ClaimLinks);
