using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>Orders node references by kind, then key (ordinal), so slices come out the same every time.</summary>
internal sealed class NodeOrder : IComparer<(NodeKind Kind, string Key)>
{
    public static readonly NodeOrder Instance = new();

    public int Compare((NodeKind Kind, string Key) x, (NodeKind Kind, string Key) y)
    {
        var kind = x.Kind.CompareTo(y.Kind);
        return kind != 0 ? kind : string.CompareOrdinal(x.Key, y.Key);
    }
}
