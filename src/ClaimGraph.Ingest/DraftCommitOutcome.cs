using ClaimGraph.Core.Import;
using ClaimGraph.Ingest.Draft;

namespace ClaimGraph.Ingest;

/// <summary>What committing one draft of a batch came to: what it wrote, or why it wrote nothing.</summary>
public sealed record DraftCommitOutcome(ExtractionDraft Draft, ImportResult? Result, string? Error);
