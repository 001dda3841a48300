using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest.Bulk;

/// <summary>One article read for bulk ingestion, or why it could not be read.</summary>
public sealed record ArticleItem(string Name, ArticleInput? Input, string? Error);
