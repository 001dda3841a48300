using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Records;

internal static class SourceRows
{
    public static string Columns(string s) => $"""
        {s}.id, {s}.kind, {s}.title, {s}.language, {s}.url, {s}.publisher_id, {s}.author_id,
        {s}.published_at, {s}.published_offset, {s}.text,
        (SELECT json_group_array(x.cited_source_id ORDER BY x.ordinal) FROM source_citations x WHERE x.source_id = {s}.id)
        """;

    public static Source Read(SqliteDataReader r) => new(
        Id: r.GetString(0),
        Kind: Enum.Parse<SourceKind>(r.GetString(1)),
        Title: r.GetString(2),
        Language: r.GetString(3),
        CitedSourceIds: ChildJson.Strings(r.GetString(10)),
        Url: r.GetNullableString(4),
        PublisherId: r.GetNullableString(5),
        AuthorId: r.GetNullableString(6),
        PublishedAt: TimeText.Read(r.GetNullableString(7), r.GetNullableInt32(8)),
        Text: r.GetNullableString(9));
}
