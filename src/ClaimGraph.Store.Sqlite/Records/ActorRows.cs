using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Records;

internal static class ActorRows
{
    public static string Columns(string a) => $"""
        {a}.id, {a}.name, {a}.language, {a}.kind, {a}.description, {a}.affiliation_id, {a}.role, {a}.scope_source_id,
        (SELECT json_group_array(json_array(x.name, x.language) ORDER BY x.ordinal) FROM actor_aliases x WHERE x.actor_id = {a}.id)
        """;

    public static Actor Read(SqliteDataReader r) => new(
        Id: r.GetString(0),
        Name: r.GetString(1),
        Language: r.GetString(2),
        Kind: Enum.Parse<ActorKind>(r.GetString(3)),
        Aliases: [.. ChildJson.Pairs(r.GetString(8)).Select(p => new Alias(p[0], p[1]))],
        Description: r.GetNullableString(4),
        AffiliationId: r.GetNullableString(5),
        Role: r.GetNullableString(6),
        ScopeSourceId: r.GetNullableString(7));
}
