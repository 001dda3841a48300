using ClaimGraph.Core.Store;

namespace ClaimGraph.Store.Sqlite.Records;

internal static class StatementColumns
{
    public static string For(StatementEdge edge) => edge switch
    {
        StatementEdge.Actor => "actor_id",
        StatementEdge.Claim => "claim_id",
        StatementEdge.Source => "source_id",
        StatementEdge.RelayedThrough => "relayed_through_id",
        StatementEdge.RelayedBy => "relayed_by_id",
        StatementEdge.OriginSource => "origin_source_id",
        _ => throw new ArgumentOutOfRangeException(nameof(edge), edge, "Unknown statement edge."),
    };
}
