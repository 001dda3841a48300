using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Writes;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Terms;

/// <summary>
/// Fills claim_terms from every stored claim's text (<see cref="ClaimTerms.Of"/>) and recounts claim_term_counts, in the
/// caller's transaction: migration 009 for a store written before the index, all or nothing, and the end of a bulk phase
/// whose batches' terms were not derived as they committed (<see cref="ClaimTermBuffer"/>). Claims are read a batch at a time in seq order.
/// </summary>
internal static class ClaimTermFill
{
    private const int BatchRows = 10_000;

    private const string ReadBatch = "SELECT seq, id, text FROM claims WHERE seq > @after ORDER BY seq LIMIT @rows;";

    /// <summary>Rows bound to one multi-row INSERT (three parameters each; SQLite allows 32,766).</summary>
    internal const int RowsAStatement = 128;

    public static async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        using var session = new Session(connection, transaction);
        await FillAsync(session, ct);
    }

    /// <summary>Replaces claim_terms and claim_term_counts with what the stored claims' texts give, in the session's transaction.</summary>
    public static Task FillAsync(Session session, CancellationToken ct) => WithoutUpkeepAsync(session, async insert =>
    {
        await session.ExecuteAsync("DELETE FROM claim_terms;", ct);
        var after = long.MinValue;
        while (true)
        {
            var batch = await ReadBatchAsync(session, after, ct);
            if (batch.Count == 0)
                break;
            after = batch[^1].Seq;
            // Sorted by term within the batch, so the inserts walk the primary key's B-tree in order.
            var rows = batch.SelectMany(c => ClaimTerms.Of(c.Text) is var terms ? terms.Select(term => (Term: term, c.Id, terms.Count)) : [])
                .OrderBy(r => r.Term, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal);
            foreach (var (term, id, count) in rows)
                Insert(insert, term, id, count);
        }
    }, ct);

    /// <summary>
    /// Adds rows derived already (<see cref="ClaimTermBuffer"/>) for claims that hold none (a bulk phase's batches delete a
    /// rewritten claim's rows) and recounts claim_term_counts, in the session's transaction. The rows go in
    /// <see cref="RowsAStatement"/> to an INSERT: one statement step (cursor opened, B-tree sought) serves that many rows.
    /// </summary>
    public static Task InsertAsync(Session session, ClaimTermRowSet rows, CancellationToken ct) =>
        WithoutUpkeepAsync(session, one =>
        {
            ArgumentNullException.ThrowIfNull(rows);
            using var many = new PositionalStatement(session.Connection, InsertTerms(RowsAStatement));
            var held = new (byte[] Term, byte[] ClaimId, int Terms)[RowsAStatement];
            var count = 0;
            foreach (var row in rows.Utf8Rows())
            {
                held[count++] = row;
                if (count < RowsAStatement)
                    continue;
                ct.ThrowIfCancellationRequested();
                for (var i = 0; i < count; i++)
                {
                    many.Utf8((3 * i) + 1, held[i].Term);
                    many.Utf8((3 * i) + 2, held[i].ClaimId);
                    many.Integer((3 * i) + 3, held[i].Terms);
                }

                many.Run();
                count = 0;
            }

            for (var i = 0; i < count; i++)
            {
                one.Utf8(1, held[i].Term);
                one.Utf8(2, held[i].ClaimId);
                one.Integer(3, held[i].Terms);
                one.Run();
            }

            return Task.CompletedTask;
        }, ct);

    // The count triggers (and, in migration 009's step, the claim_id index that migration 010 drops) are dropped while rows
    // go in (a row then costs one B-tree insert instead of three) and put back after, the counts computed once with a GROUP BY.
    private static async Task WithoutUpkeepAsync(Session session, Func<PositionalStatement, Task> fill, CancellationToken ct)
    {
        var dropped = await DroppedAsync(session, ct);
        foreach (var (name, type, _) in dropped)
            await session.ExecuteAsync($"DROP {type.ToUpperInvariant()} \"{name}\";", ct);

        var timing = new BulkTiming();
        using (var insert = new PositionalStatement(session.Connection, ClaimTermRows.InsertRow))
            await fill(insert);
        timing.Mark("claim_terms rows");

        await session.ExecuteAsync(ClaimTermRows.Recount, ct);
        timing.Mark("claim_term_counts");
        foreach (var (_, _, sql) in dropped)
            await session.ExecuteAsync(sql, ct);
        timing.Mark("claim_terms triggers back");
    }

    private static string InsertTerms(int rows) =>
        "INSERT INTO claim_terms (term, claim_id, terms) VALUES " +
        string.Join(", ", Enumerable.Range(0, rows).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(?{(3 * i) + 1}, ?{(3 * i) + 2}, ?{(3 * i) + 3})"))) + ";";

    private static void Insert(PositionalStatement insert, string term, string id, int count)
    {
        insert.Text(1, term);
        insert.Text(2, id);
        insert.Integer(3, count);
        insert.Run();
    }

    private static async Task<IReadOnlyList<(long Seq, string Id, string Text)>> ReadBatchAsync(Session session, long after, CancellationToken ct)
    {
        using var read = session.Command(ReadBatch).With("@after", after).With("@rows", BatchRows);
        return await read.ReadAllAsync(r => (r.GetInt64(0), r.GetString(1), r.GetString(2)), ct);
    }

    private static async Task<IReadOnlyList<(string Name, string Type, string Sql)>> DroppedAsync(Session session, CancellationToken ct)
    {
        using var command = session.Command("""
            SELECT name, type, sql FROM sqlite_master
            WHERE tbl_name = 'claim_terms' AND sql IS NOT NULL AND (type = 'trigger' OR (type = 'index' AND name = 'ix_claim_terms_claim'))
            ORDER BY name;
            """);
        return await command.ReadAllAsync(r => (r.GetString(0), r.GetString(1), r.GetString(2)), ct);
    }
}
