using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>
/// The references that would block deleting a node, keyed "table.field". Rows the node owns
/// (aliases, its claim links, its own citations) and a node's references to itself do not block, so they are not counted.
/// </summary>
internal static class ReferenceCounts
{
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(Session session, NodeKind kind, string id, CancellationToken ct)
    {
        using var command = session.Command($"SELECT name, n FROM ({Sql(kind)}) WHERE n > 0 ORDER BY name;").With("@id", id);
        var rows = await command.ReadAllAsync(r => KeyValuePair.Create(r.GetString(0), r.GetInt32(1)), ct);
        return rows.ToDictionary();
    }

    private static string Sql(NodeKind kind) => kind switch
    {
        NodeKind.Actor => """
            SELECT 'statements.actor' AS name, COUNT(*) AS n FROM statements WHERE actor_id = @id
            UNION ALL SELECT 'statements.relayed_by', COUNT(*) FROM statements WHERE relayed_by_id = @id
            UNION ALL SELECT 'sources.publisher', COUNT(*) FROM sources WHERE publisher_id = @id
            UNION ALL SELECT 'sources.author', COUNT(*) FROM sources WHERE author_id = @id
            UNION ALL SELECT 'actors.affiliation', COUNT(*) FROM actors WHERE affiliation_id = @id AND id <> @id
            """,
        NodeKind.Claim => """
            SELECT 'statements.claim' AS name, COUNT(*) AS n FROM statements WHERE claim_id = @id
            """,
        NodeKind.Source => """
            SELECT 'statements.source' AS name, COUNT(*) AS n FROM statements WHERE source_id = @id
            UNION ALL SELECT 'statements.origin_source', COUNT(*) FROM statements WHERE origin_source_id = @id
            UNION ALL SELECT 'actors.scope_source', COUNT(*) FROM actors WHERE scope_source_id = @id
            UNION ALL SELECT 'sources.cited_sources', COUNT(DISTINCT source_id) FROM source_citations
                      WHERE cited_source_id = @id AND source_id <> @id
            """,
        NodeKind.Statement => """
            SELECT 'statements.relayed_through' AS name, COUNT(*) AS n FROM statements WHERE relayed_through_id = @id AND id <> @id
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown node kind."),
    };
}
