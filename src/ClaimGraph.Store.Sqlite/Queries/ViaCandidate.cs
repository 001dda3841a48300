using ClaimGraph.Core.Store;

namespace ClaimGraph.Store.Sqlite.Queries;

/// <summary>A statement on a claim linked as contradicting, and which directions keep it (read from the index only).</summary>
internal readonly record struct ViaCandidate(string ActorId, string Id, long Seq, bool Later, bool Earlier)
{
    public bool KeptBy(ContradictionDirection direction) => direction switch
    {
        ContradictionDirection.OwnLater => Later,
        ContradictionDirection.OwnEarlier => Earlier,
        _ => true,
    };
}
