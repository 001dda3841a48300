using ClaimGraph.Core.Auditing;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;

namespace ClaimGraph.GraphQL.Loading;

/// <summary>One batched loader of write stamps per node kind, living for one request (registered scoped).</summary>
public sealed class WriteStampLoaders(ClaimGraphReader reader)
{
    private readonly Dictionary<NodeKind, BatchLoader<string, WriteStamp>> _loaders = Enum.GetValues<NodeKind>().ToDictionary(
        kind => kind,
        kind => new BatchLoader<string, WriteStamp>(async (ids, ct) =>
            (await reader.WriteStampsAsync(kind, ids, ct)).ToDictionary(s => s.Id, StringComparer.Ordinal)));

    public BatchLoader<string, WriteStamp> For(NodeKind kind) => _loaders[kind];
}
