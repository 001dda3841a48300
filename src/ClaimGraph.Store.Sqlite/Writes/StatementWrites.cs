using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Search;

namespace ClaimGraph.Store.Sqlite.Writes;

internal static class StatementWrites
{
    private const string UpsertRow = """
        INSERT INTO statements (id, actor_id, claim_id, stance, polarity, source_id, quote, span_start, span_end,
                                stated_at, stated_offset, relayed_through_id, relayed_by_id, origin_source_id, note)
        VALUES (@id, @actor_id, @claim_id, @stance, @polarity, @source_id, @quote, @span_start, @span_end,
                @stated_at, @stated_offset, @relayed_through_id, @relayed_by_id, @origin_source_id, @note)
        ON CONFLICT (id) DO UPDATE SET
            actor_id = excluded.actor_id, claim_id = excluded.claim_id, stance = excluded.stance, polarity = excluded.polarity,
            source_id = excluded.source_id, quote = excluded.quote, span_start = excluded.span_start, span_end = excluded.span_end,
            stated_at = excluded.stated_at, stated_offset = excluded.stated_offset,
            relayed_through_id = excluded.relayed_through_id, relayed_by_id = excluded.relayed_by_id,
            origin_source_id = excluded.origin_source_id, note = excluded.note;
        """;

    private const string Upsert = UpsertRow + SearchDocuments.Replace;

    public static async Task UpsertAsync(Session session, Statement statement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var command = session.Reused(Upsert)
            .With("@id", statement.Id)
            .With("@actor_id", statement.ActorId)
            .With("@claim_id", statement.ClaimId)
            .With("@stance", statement.Stance.ToString())
            .With("@polarity", statement.Stance.Polarity())
            .With("@source_id", statement.SourceId)
            .With("@quote", statement.Quote)
            .With("@span_start", statement.Span?.Start)
            .With("@span_end", statement.Span?.End)
            .With("@stated_at", TimeText.Utc(statement.StatedAt))
            .With("@stated_offset", TimeText.OffsetMinutes(statement.StatedAt))
            .With("@relayed_through_id", statement.RelayedThroughStatementId)
            .With("@relayed_by_id", statement.RelayedById)
            .With("@origin_source_id", statement.OriginSourceId)
            .With("@note", statement.Note)
            .WithSearchDocuments(NodeKind.Statement, statement.Quote);
        await command.ExecuteNonQueryAsync(ct);
    }
}
