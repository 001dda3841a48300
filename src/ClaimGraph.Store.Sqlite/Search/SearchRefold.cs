using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Writes;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// Migration 008: recomputes every search document's body from its matched text with the current
/// <see cref="TextNormalizer.ForIndex"/> and rebuilds search_fts, inside the migration's transaction (all or nothing;
/// an interrupted run rolls back and runs again on the next open). The FTS triggers are dropped meanwhile, as in the
/// bulk phase, so a changed row costs one B-tree write instead of an FTS delete and insert, and put back before the end.
/// </summary>
internal static class SearchRefold
{
    private const int BatchRows = 10_000;

    private const string ReadBatch = "SELECT doc_id, matched, body FROM search_docs WHERE doc_id > @after ORDER BY doc_id LIMIT @rows;";
    private const string WriteBody = "UPDATE search_docs SET body = @body WHERE doc_id = @id;";

    public static async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        using var session = new Session(connection, transaction);
        var triggers = await SearchTriggersAsync(session, ct);
        foreach (var (name, _) in triggers)
            await session.ExecuteAsync($"DROP TRIGGER \"{name}\";", ct);

        var changed = 0L;
        var after = long.MinValue;
        while (true)
        {
            var batch = await ReadBatchAsync(session, after, ct);
            if (batch.Count == 0)
                break;
            after = batch[^1].DocId;
            foreach (var (docId, matched, body) in batch)
            {
                var refolded = TextNormalizer.ForIndex(matched);
                if (refolded == body)
                    continue;
                var write = session.Reused(WriteBody).With("@body", refolded).With("@id", docId);
                await write.ExecuteNonQueryAsync(ct);
                changed++;
            }
        }

        if (changed > 0)
            await session.ExecuteAsync(BulkPhase.RebuildSearch, ct);
        foreach (var (_, sql) in triggers)
            await session.ExecuteAsync(sql, ct);
    }

    private static async Task<List<(long DocId, string Matched, string Body)>> ReadBatchAsync(Session session, long after, CancellationToken ct)
    {
        using var read = session.Command(ReadBatch).With("@after", after).With("@rows", BatchRows);
        await using var reader = await read.ExecuteReaderAsync(ct);
        var rows = new List<(long, string, string)>(BatchRows);
        while (await reader.ReadAsync(ct))
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return rows;
    }

    private static async Task<List<(string Name, string Sql)>> SearchTriggersAsync(Session session, CancellationToken ct)
    {
        using var command = session.Command("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_docs' ORDER BY name;");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var triggers = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
            triggers.Add((reader.GetString(0), reader.GetString(1)));
        return triggers;
    }
}
