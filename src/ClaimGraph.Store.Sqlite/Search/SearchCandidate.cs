namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>A matching search document: its node, its raw text, and what bm25 needs of it (each phrase's count and its length in words).</summary>
internal sealed record SearchCandidate(string Kind, string NodeId, string Matched, int[] Frequencies, int Length);
