using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Records;

internal static class ClaimLinkRows
{
    public static string Columns(string l) => $"{l}.from_claim_id, {l}.to_claim_id, {l}.kind, {l}.note";

    public static ClaimLink Read(SqliteDataReader r) => new(
        FromClaimId: r.GetString(0),
        ToClaimId: r.GetString(1),
        Kind: Enum.Parse<ClaimLinkKind>(r.GetString(2)),
        Note: r.GetNullableString(3));
}
