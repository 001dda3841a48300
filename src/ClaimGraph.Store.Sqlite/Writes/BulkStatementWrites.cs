using ClaimGraph.Core.Model;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>
/// Upserts many statements with three prepared commands reused for every row (the row, the old
/// search documents out, the new one in), in the caller's transaction. Same result as
/// <see cref="StatementWrites"/> one by one, without parsing the SQL again per row, values bound by position
/// (<see cref="PositionalStatement"/>); search
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

    public static async Task UpsertAsync(Session session, IReadOnlyList<Statement> statements, string principal, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
            return;
        using (var cache = session.Command("PRAGMA cache_size = -131072; PRAGMA wal_autocheckpoint = 25000;"))
            await cache.ExecuteNonQueryAsync(ct);
        var existing = await ExistingIds.InAsync(session, "statements", statements.Select(s => s.Id), ct);
        var stamp = TimeText.Utc(at);
        using var row = new PositionalStatement(session.Connection, UpsertRow);
        using var delete = new PositionalStatement(session.Connection, DeleteDocuments);
        using var insert = new PositionalStatement(session.Connection, InsertDocument);
        var p = RowPositions.Of(row);
        int deleteId = delete.Position("@id"), insertId = insert.Position("@id"), matched = insert.Position("@matched"), body = insert.Position("@body");
        foreach (var s in statements)
        {
            ct.ThrowIfCancellationRequested();
            row.Text(p.Id, s.Id);
            row.Text(p.ActorId, s.ActorId);
            row.Text(p.ClaimId, s.ClaimId);
            row.Text(p.Stance, s.Stance.ToString());
            row.Integer(p.Polarity, s.Stance.Polarity());
            row.Text(p.SourceId, s.SourceId);
            row.Text(p.Quote, s.Quote);
            row.Integer(p.SpanStart, s.Span?.Start);
            row.Integer(p.SpanEnd, s.Span?.End);
            row.Text(p.StatedAt, TimeText.Utc(s.StatedAt));
            row.Integer(p.StatedOffset, TimeText.OffsetMinutes(s.StatedAt));
            row.Text(p.RelayedThroughId, s.RelayedThroughStatementId);
            row.Text(p.RelayedById, s.RelayedById);
            row.Text(p.OriginSourceId, s.OriginSourceId);
            row.Text(p.Note, s.Note);
            row.Text(p.By, principal);
            row.Text(p.At, stamp);
            row.Run();
            if (existing.Contains(s.Id))
            {
                delete.Text(deleteId, s.Id);
                delete.Run();
            }

            if (string.IsNullOrWhiteSpace(s.Quote))
                continue;
            var text = TextNormalizer.ForIndex(s.Quote);
            if (text.Length == 0)
                continue;
            insert.Text(insertId, s.Id);
            insert.Text(matched, s.Quote);
            insert.Text(body, text);
            insert.Run();
        }
    }

    private sealed record RowPositions(
        int Id, int ActorId, int ClaimId, int Stance, int Polarity, int SourceId, int Quote, int SpanStart, int SpanEnd,
        int StatedAt, int StatedOffset, int RelayedThroughId, int RelayedById, int OriginSourceId, int Note, int By, int At)
    {
        public static RowPositions Of(PositionalStatement row) => new(
            row.Position("@id"), row.Position("@actor_id"), row.Position("@claim_id"), row.Position("@stance"), row.Position("@polarity"),
            row.Position("@source_id"), row.Position("@quote"), row.Position("@span_start"), row.Position("@span_end"),
            row.Position("@stated_at"), row.Position("@stated_offset"), row.Position("@relayed_through_id"), row.Position("@relayed_by_id"),
            row.Position("@origin_source_id"), row.Position("@note"), row.Position("@by"), row.Position("@at"));
    }
}
