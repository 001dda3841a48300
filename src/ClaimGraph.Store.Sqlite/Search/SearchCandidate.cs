namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>A matching search document and what bm25 needs of it: each phrase's count and its length in words.</summary>
internal sealed record SearchCandidate(long DocId, int[] Frequencies, int Length);
