using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>Global ids ("Actor:sdf") as the GraphQL API writes them, for slices and exports built below the API.</summary>
public static class GraphSliceIds
{
    public static string Of(NodeKind kind, string key) => $"{kind}:{key}";
}
