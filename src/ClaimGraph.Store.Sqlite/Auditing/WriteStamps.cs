using ClaimGraph.Core.Auditing;
using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Auditing;

/// <summary>
/// The created_by/created_at/updated_by/updated_at columns of migration 002. A write stamps the row after its
/// upsert: the first stamp sets both pairs, later ones only the updated pair.
/// </summary>
internal static class WriteStamps
{
    public static async Task StampAsync(Session session, NodeKind kind, string id, string principal, DateTimeOffset at, CancellationToken ct)
    {
        var command = session.Reused($"""
            UPDATE {Table(kind)} SET
                created_by = COALESCE(created_by, @by), created_at = COALESCE(created_at, @at),
                updated_by = @by, updated_at = @at
            WHERE id = @id;
            """)
            .With("@by", principal)
            .With("@at", TimeText.Utc(at))
            .With("@id", id);
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<IReadOnlyList<WriteStamp>> ReadAsync(Session session, NodeKind kind, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
            return [];
        var command = session.Prepared($"""
            SELECT id, created_by, created_at, updated_by, updated_at FROM {Table(kind)}
            WHERE id IN (SELECT value FROM json_each(@keys)) ORDER BY id;
            """)
            .WithJson("@keys", ids);
        return await command.ReadAllAsync(r => Read(kind, r), ct);
    }

    private static WriteStamp Read(NodeKind kind, SqliteDataReader r) => new(
        kind,
        r.GetString(0),
        r.IsDBNull(1) ? null : r.GetString(1),
        TimeText.Read(r.IsDBNull(2) ? null : r.GetString(2), 0),
        r.IsDBNull(3) ? null : r.GetString(3),
        TimeText.Read(r.IsDBNull(4) ? null : r.GetString(4), 0));

    private static string Table(NodeKind kind) => kind switch
    {
        NodeKind.Actor => "actors",
        NodeKind.Claim => "claims",
        NodeKind.Source => "sources",
        NodeKind.Statement => "statements",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a node kind with write stamps."),
    };
}
