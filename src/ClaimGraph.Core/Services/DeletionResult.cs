using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>What a deletion removed: the node itself and what went with it under the deletion rules.</summary>
public sealed record DeletionResult(NodeKind Kind, string Id, IReadOnlyList<string> DeletedStatementIds, IReadOnlyList<string> DeletedActorIds);
