using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Records;

internal static class ClaimRows
{
    public static string Columns(string c) => $"""
        {c}.id, {c}.text, {c}.language, {c}.summary,
        (SELECT json_group_array(json_array(x.language, x.text) ORDER BY x.ordinal) FROM claim_translations x WHERE x.claim_id = {c}.id)
        """;

    public static Claim Read(SqliteDataReader r) => new(
        Id: r.GetString(0),
        Text: r.GetString(1),
        Language: r.GetString(2),
        Translations: [.. ChildJson.Pairs(r.GetString(4)).Select(p => new Translation(p[0], p[1]))],
        Summary: r.GetNullableString(3));
}
