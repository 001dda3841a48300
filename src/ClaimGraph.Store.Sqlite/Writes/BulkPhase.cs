using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Terms;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>
/// The bulk phase of a bulk import: the statements' secondary indexes and the triggers that keep
/// effective_at, claim_sides/claim_actor_sides, claim_term_counts and the FTS index in step are dropped (and the batches write
/// no claim_terms: they are refilled from the claims at the end), so each row
/// costs one B-tree insert instead of a dozen; <see cref="FinishAsync"/> puts them back and
/// recomputes what they maintain over the whole store, set-based (CREATE INDEX sorts once, FTS5
/// 'rebuild', GROUP BY). The dropped DDL is kept in bulk_phase, written in the same transaction as
/// the drops, so a crash anywhere leaves either the old schema or rows saying what to restore;
/// opening the store finishes a phase it finds (<see cref="FinishPendingAsync"/>). Finishing is
/// correct at any point between two batches, whatever the store held before.
/// </summary>
internal static class BulkPhase
{
    // Triggers whose effects FinishAsync recomputes; any other trigger (a later migration's) stays live.
    private static readonly string[] DeferredTriggers =
    [
        "statements_effective_at_after_insert", "statements_effective_at_after_update",
        "sources_effective_at_after_insert", "sources_effective_at_after_update",
        "statements_sides_after_insert", "statements_sides_after_delete", "statements_sides_after_update",
        "claim_actor_sides_after_insert", "claim_actor_sides_after_delete",
        "search_docs_after_insert", "search_docs_after_delete", "search_docs_after_update",
        "claim_terms_after_insert", "claim_terms_after_delete",
    ];

    // A bulk_phase row that is no schema object: claim_terms is refilled from the claims when the phase finishes.
    private const string ClaimTermsRefill = "claim_terms:refill";

    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS bulk_phase (
            name TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            sql  TEXT NOT NULL
        );
        """;

    private const string Recompute = """
        UPDATE statements SET effective_at = coalesce(stated_at, (SELECT published_at FROM sources WHERE sources.id = statements.source_id))
        WHERE effective_at IS NOT coalesce(stated_at, (SELECT published_at FROM sources WHERE sources.id = statements.source_id));
        """;

    /// <summary>The page cache while the deferred indexes are built (negative: KiB), small enough for SQLite to sort in threaded runs.</summary>
    private const int SortCacheKiB = -16384;

    private const string RecomputeDerived = """
        DELETE FROM claim_actor_sides;
        INSERT INTO claim_actor_sides (claim_id, polarity, actor_id, statements)
        SELECT claim_id, polarity, actor_id, count(*) FROM statements WHERE polarity <> 0 GROUP BY claim_id, polarity, actor_id;
        DELETE FROM claim_sides;
        INSERT INTO claim_sides (claim_id, supporting, denying)
        SELECT claim_id, sum(polarity = 1), sum(polarity = -1) FROM claim_actor_sides GROUP BY claim_id;
        """;

    // FTS5 flushes its in-memory term hash into a new segment each time it passes 'hashsize' (1 MB by default) and
    // merges the segments as it goes; for a rebuild over a million documents a larger hash means far fewer segments to
    // merge (about 40% less CPU). The setting is a row in search_fts_config: set for the rebuild, then removed, so the
    // store keeps a fresh store's configuration. All in the finishing transaction.
    internal const string RebuildSearch = """
        INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', 67108864);
        INSERT INTO search_fts (search_fts) VALUES ('rebuild');
        INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', 1048576);
        DELETE FROM search_fts_config WHERE k = 'hashsize';
        """;

    /// <summary>About how many statements the store holds (the highest seq: one B-tree descent).</summary>
    public static async Task<long> StoredStatementsAsync(Session session, CancellationToken ct)
    {
        using var command = session.Command("SELECT coalesce(max(seq), 0) FROM statements;");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Records and drops the deferred indexes and triggers, in the session's transaction.</summary>
    public static async Task EnterAsync(Session session, CancellationToken ct)
    {
        await session.ExecuteAsync(CreateTable, ct);
        using (var record = session.Command($"""
            INSERT OR IGNORE INTO bulk_phase (name, type, sql)
            SELECT name, type, sql FROM sqlite_master
            WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name = 'statements')
               OR (type = 'trigger' AND name IN (SELECT value FROM json_each(@triggers))));
            """).WithJson("@triggers", DeferredTriggers))
            await record.ExecuteNonQueryAsync(ct);
        using (var refill = session.Command("INSERT OR IGNORE INTO bulk_phase (name, type, sql) VALUES (@name, 'refill', '');").With("@name", ClaimTermsRefill))
            await refill.ExecuteNonQueryAsync(ct);

        foreach (var (name, type, _) in (await DeferredAsync(session, ct)).Where(d => d.Type is "index" or "trigger"))
        {
            if (await ExistsAsync(session, name, ct))
                await session.ExecuteAsync($"DROP {(type == "index" ? "INDEX" : "TRIGGER")} \"{name}\";", ct);
        }
    }

    /// <summary>
    /// Recomputes what the deferred triggers keep, restores the indexes and triggers and ends the phase, in the session's transaction.
    /// claim_terms gets the rows <paramref name="terms"/> derives from the batches' claims (on another thread while the claim sides
    /// and the full-text index are rebuilt here), or, without them (a phase finished on open, a claim written one by one), is refilled from the claims.
    /// </summary>
    public static async Task FinishAsync(Session session, ClaimTermBuffer? terms, CancellationToken ct)
    {
        if (!await TableExistsAsync(session, ct))
            return;
        var deferred = await DeferredAsync(session, ct);
        if (deferred.Count == 0)
            return;

        var timing = new BulkTiming();
        await session.ExecuteAsync(Recompute, ct);
        timing.Mark("effective_at");
        // SQLite sorts a CREATE INDEX in memory on one thread while the rows fit in the page cache; with a small cache it
        // sorts runs of rows on its worker threads (PRAGMA threads) while the main thread reads on. The import's other
        // thread is idle by now, so the sorts share the two cores. The cache is put back for the steps that follow.
        using (var cacheSize = session.Command("PRAGMA cache_size;"))
        {
            var kept = (long)(await cacheSize.ExecuteScalarAsync(ct))!;
            await session.ExecuteAsync($"PRAGMA cache_size = {SortCacheKiB.ToString(System.Globalization.CultureInfo.InvariantCulture)};", ct);
            foreach (var (name, _, sql) in deferred.Where(d => d.Type == "index"))
            {
                if (!await ExistsAsync(session, name, ct))
                    await session.ExecuteAsync(sql, ct);
            }

            await session.ExecuteAsync($"PRAGMA cache_size = {kept.ToString(System.Globalization.CultureInfo.InvariantCulture)};", ct);
        }

        timing.Mark("statement indexes");
        // The claim terms are derived and sorted on another thread while the writer alone recomputes the claim sides and
        // rebuilds the full-text index (the index sorts above used both cores), and appended after.
        var termRows = terms is { Valid: true } ? terms.SortedRowsAsync() : null;
        await session.ExecuteAsync(RecomputeDerived, ct);
        timing.Mark("claim sides");
        await session.ExecuteAsync(RebuildSearch, ct);
        timing.Mark("search rebuild");
        if (deferred.Any(d => d.Name == ClaimTermsRefill))
        {
            if (termRows is not null && await termRows is { } rows)
            {
                timing.Mark("claim terms derived and sorted (wait)");
                await ClaimTermFill.InsertAsync(session, rows, ct);
            }
            else
                await ClaimTermFill.FillAsync(session, ct);
            timing.Mark("claim terms");
        }
        else if (deferred.Any(d => ClaimTermRows.CountTriggers.Contains(d.Name)))
            await session.ExecuteAsync(ClaimTermRows.Recount, ct);
        foreach (var (name, _, sql) in deferred.Where(d => d.Type == "trigger"))
        {
            if (!await ExistsAsync(session, name, ct))
                await session.ExecuteAsync(sql, ct);
        }

        await session.ExecuteAsync("DELETE FROM bulk_phase;", ct);
    }

    /// <summary>
    /// For the phase, a rollback journal instead of the write-ahead log: the import mostly appends pages, which a
    /// rollback journal never copies, where the log writes every page twice (log, then checkpoint). Switching needs
    /// the file to itself, which the phase holds; a crash leaves a hot journal that the next open rolls back, and
    /// opening puts the log back (<see cref="Schema.SchemaMigrator"/>).
    /// </summary>
    public static Task UseRollbackJournalAsync(SqliteConnection connection, CancellationToken ct) =>
        JournalModeAsync(connection, "TRUNCATE", ct);

    public static Task UseWriteAheadLogAsync(SqliteConnection connection, CancellationToken ct) =>
        JournalModeAsync(connection, "WAL", ct);

    /// <summary>
    /// Statement journals in memory (<paramref name="inMemory"/>) or in temporary files (SQLite's default). Every upsert
    /// of a row writes two B-trees and may abort, so SQLite journals the pages it changes for that statement alone; past
    /// 64 KB in a transaction the journal spills to a temporary file and from then on every row costs a few page writes
    /// to it (about half of all the writes the phase made). A statement's journal is a few pages, so memory is the
    /// cheaper place during the batches; the rebuild goes back to files, where one statement may touch many pages.
    /// Durability is unchanged: statement journals only undo a failed statement inside its transaction.
    /// </summary>
    public static Task StatementJournalsInMemoryAsync(SqliteConnection connection, bool inMemory, CancellationToken ct) =>
        PragmaAsync(connection, inMemory ? "PRAGMA temp_store = MEMORY;" : "PRAGMA temp_store = DEFAULT;", ct);

    /// <summary>SQLite's foreign-key enforcement on this connection; it takes effect only outside a transaction.</summary>
    public static Task ForeignKeysAsync(SqliteConnection connection, bool on, CancellationToken ct) =>
        PragmaAsync(connection, on ? "PRAGMA foreign_keys = ON;" : "PRAGMA foreign_keys = OFF;", ct);

    private static async Task PragmaAsync(SqliteConnection connection, string pragma, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragma;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task JournalModeAsync(SqliteConnection connection, string mode, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode = {mode};";
        var answer = (string?)await command.ExecuteScalarAsync(ct);
        if (!string.Equals(answer, mode, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"SQLite kept journal mode '{answer}' where the bulk phase asked for '{mode}'.");
    }

    /// <summary>On open: finishes a phase that a crashed or killed import left, before the store serves anything.</summary>
    public static async Task FinishPendingAsync(SqliteConnection connection, CancellationToken ct)
    {
        var session = new Session(connection, null);
        if (!await TableExistsAsync(session, ct) || (await DeferredAsync(session, ct)).Count == 0)
            return;
        using var transaction = connection.BeginTransaction(deferred: false);
        await FinishAsync(new Session(connection, transaction), terms: null, ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<bool> TableExistsAsync(Session session, CancellationToken ct)
    {
        using var command = session.Command("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'bulk_phase';");
        return (long)(await command.ExecuteScalarAsync(ct))! > 0;
    }

    private static async Task<bool> ExistsAsync(Session session, string name, CancellationToken ct)
    {
        using var command = session.Command("SELECT count(*) FROM sqlite_master WHERE name = @name;").With("@name", name);
        return (long)(await command.ExecuteScalarAsync(ct))! > 0;
    }

    private static async Task<List<(string Name, string Type, string Sql)>> DeferredAsync(Session session, CancellationToken ct)
    {
        using var command = session.Command("SELECT name, type, sql FROM bulk_phase ORDER BY type, name;");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<(string, string, string)>();
        while (await reader.ReadAsync(ct))
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return rows;
    }
}
