using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>Which of many ids a table already holds, in one query.</summary>
internal static class ExistingIds
{
    public static async Task<HashSet<string>> InAsync(Session session, string table, IEnumerable<string> ids, CancellationToken ct)
    {
        using var command = session.Command($"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(@keys))").WithJson("@keys", ids);
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            found.Add(reader.GetString(0));
        return found;
    }
}
