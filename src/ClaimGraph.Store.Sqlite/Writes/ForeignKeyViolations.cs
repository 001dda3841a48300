using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>
/// Says which references dangle when a commit fails on deferred foreign keys; SQLite itself only
/// reports "FOREIGN KEY constraint failed". Runs only then, inside the still-open transaction.
/// </summary>
internal static class ForeignKeyViolations
{
    private const int Shown = 5;

    private static readonly Dictionary<string, string> OwnerColumn = new()
    {
        ["actors"] = "id",
        ["claims"] = "id",
        ["sources"] = "id",
        ["statements"] = "id",
        ["actor_aliases"] = "actor_id",
        ["claim_translations"] = "claim_id",
        ["claim_links"] = "from_claim_id",
        ["source_citations"] = "source_id",
    };

    public static async Task<string> DescribeAsync(Session session, CancellationToken ct)
    {
        using var check = session.Command("PRAGMA foreign_key_check;");
        var violations = await check.ReadAllAsync(
            r => (Table: r.GetString(0), RowId: r.GetInt64(1), Parent: r.GetString(2), ForeignKey: r.GetInt32(3)), ct);

        var described = new List<string>();
        foreach (var v in violations.Take(Shown))
            described.Add(await DescribeOneAsync(session, v.Table, v.RowId, v.Parent, v.ForeignKey, ct));

        var more = violations.Count > Shown ? $" (and {violations.Count - Shown} more)" : string.Empty;
        return violations.Count == 0
            ? "The write would leave a dangling reference, so nothing was saved."
            : $"The write would leave dangling references, so nothing was saved: {string.Join("; ", described)}{more}.";
    }

    private static async Task<string> DescribeOneAsync(
        Session session, string table, long rowId, string parent, int foreignKey, CancellationToken ct)
    {
        string? column = null;
        using (var list = session.Command($"PRAGMA foreign_key_list(\"{table}\");"))
        {
            var columns = await list.ReadAllAsync(r => (Id: r.GetInt32(0), From: r.GetString(3)), ct);
            column = columns.FirstOrDefault(c => c.Id == foreignKey).From;
        }

        if (column is null || !OwnerColumn.TryGetValue(table, out var owner))
            return $"a row of {table} points at a missing {parent} row";

        using var row = session.Command($"SELECT \"{owner}\", \"{column}\" FROM \"{table}\" WHERE rowid = @rowid;").With("@rowid", rowId);
        var values = await row.ReadAllAsync(r => (Owner: r.GetString(0), Missing: r.GetString(1)), ct);
        return values.Count == 0
            ? $"a row of {table} points at a missing {parent} row"
            : $"{table} '{values[0].Owner}' has {column} '{values[0].Missing}', but no {parent} row has that id";
    }
}
