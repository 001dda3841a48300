using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>
/// Upserts many statements with three prepared commands reused for every row (the row, the old
/// search documents out, the new one in), in the caller's transaction. Same result as
/// <see cref="StatementWrites"/> one by one, without parsing the SQL again per row; search
/// documents are only deleted for statements that were already stored. Rows carry their write stamps
/// (see <see cref="Auditing.WriteStamps"/>) from the INSERT itself.
/// </summary>
internal static class BulkStatementWrites
{
    // As StatementWrites, plus effective_at computed here so the triggers need not write the row again.
    private const string UpsertRow = """
        INSERT INTO statements (id, actor_id, claim_id, stance, polarity, source_id, quote, span_start, span_end,
                                stated_at, stated_offset, relayed_through_id, relayed_by_id, origin_source_id, note, effective_at,
                                created_by, created_at, updated_by, updated_at)
        VALUES (@id, @actor_id, @claim_id, @stance, @polarity, @source_id, @quote, @span_start, @span_end,
                @stated_at, @stated_offset, @relayed_through_id, @relayed_by_id, @origin_source_id, @note,
                coalesce(@stated_at, (SELECT published_at FROM sources WHERE id = @source_id)), @by, @at, @by, @at)
        ON CONFLICT (id) DO UPDATE SET
            actor_id = excluded.actor_id, claim_id = excluded.claim_id, stance = excluded.stance, polarity = excluded.polarity,
            source_id = excluded.source_id, quote = excluded.quote, span_start = excluded.span_start, span_end = excluded.span_end,
            stated_at = excluded.stated_at, stated_offset = excluded.stated_offset,
            relayed_through_id = excluded.relayed_through_id, relayed_by_id = excluded.relayed_by_id,
            origin_source_id = excluded.origin_source_id, note = excluded.note, effective_at = excluded.effective_at,
            created_by = coalesce(created_by, excluded.created_by), created_at = coalesce(created_at, excluded.created_at),
            updated_by = excluded.updated_by, updated_at = excluded.updated_at;
        """;

    private const string DeleteDocuments = "DELETE FROM search_docs WHERE kind = 'Statement' AND node_id = @id;";

    private const string InsertDocument = "INSERT INTO search_docs (kind, node_id, matched, body) VALUES ('Statement', @id, @matched, @body);";

    private static readonly string[] RowParameters =
    [
        "@id", "@actor_id", "@claim_id", "@stance", "@polarity", "@source_id", "@quote", "@span_start", "@span_end",
        "@stated_at", "@stated_offset", "@relayed_through_id", "@relayed_by_id", "@origin_source_id", "@note", "@by", "@at",
    ];

    public static async Task UpsertAsync(Session session, IReadOnlyList<Statement> statements, string principal, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
            return;
        using (var cache = session.Command("PRAGMA cache_size = -131072; PRAGMA wal_autocheckpoint = 25000;"))
            await cache.ExecuteNonQueryAsync(ct);
        var existing = await ExistingIds.InAsync(session, "statements", statements.Select(s => s.Id), ct);
        var stamp = TimeText.Utc(at);
        using var row = Prepared(session, UpsertRow, RowParameters);
        using var delete = Prepared(session, DeleteDocuments, "@id");
        using var insert = Prepared(session, InsertDocument, "@id", "@matched", "@body");
        foreach (var s in statements)
        {
            ct.ThrowIfCancellationRequested();
            Bind(row, s.Id, s.ActorId, s.ClaimId, s.Stance.ToString(), s.Stance.Polarity(), s.SourceId, s.Quote, s.Span?.Start, s.Span?.End,
                TimeText.Utc(s.StatedAt), TimeText.OffsetMinutes(s.StatedAt), s.RelayedThroughStatementId, s.RelayedById, s.OriginSourceId, s.Note,
                principal, stamp);
            row.ExecuteNonQuery();
            if (existing.Contains(s.Id))
            {
                Bind(delete, s.Id);
                delete.ExecuteNonQuery();
            }

            if (string.IsNullOrWhiteSpace(s.Quote))
                continue;
            var body = TextNormalizer.ForIndex(s.Quote);
            if (body.Length == 0)
                continue;
            Bind(insert, s.Id, s.Quote, body);
            insert.ExecuteNonQuery();
        }
    }

    private static SqliteCommand Prepared(Session session, string sql, params string[] parameters)
    {
        var command = session.Command(sql);
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
