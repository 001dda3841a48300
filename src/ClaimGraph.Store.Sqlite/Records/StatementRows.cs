using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Records;

internal static class StatementRows
{
    public const int ColumnCount = 14;

    public static string Columns(string s) => $"""
        {s}.id, {s}.actor_id, {s}.claim_id, {s}.stance, {s}.source_id, {s}.quote, {s}.span_start, {s}.span_end,
        {s}.stated_at, {s}.stated_offset, {s}.relayed_through_id, {s}.relayed_by_id, {s}.origin_source_id, {s}.note
        """;

    /// <param name="o">Ordinal of the first column, for rows that carry two statements side by side.</param>
    public static Statement Read(SqliteDataReader r, int o = 0) => new(
        Id: r.GetString(o),
        ActorId: r.GetString(o + 1),
        ClaimId: r.GetString(o + 2),
        Stance: Enum.Parse<Stance>(r.GetString(o + 3)),
        SourceId: r.GetString(o + 4),
        Quote: r.GetNullableString(o + 5),
        Span: r.IsDBNull(o + 6) ? null : new TextSpan(r.GetInt32(o + 6), r.GetInt32(o + 7)),
        StatedAt: TimeText.Read(r.GetNullableString(o + 8), r.GetNullableInt32(o + 9)),
        RelayedThroughStatementId: r.GetNullableString(o + 10),
        RelayedById: r.GetNullableString(o + 11),
        OriginSourceId: r.GetNullableString(o + 12),
        Note: r.GetNullableString(o + 13));
}
