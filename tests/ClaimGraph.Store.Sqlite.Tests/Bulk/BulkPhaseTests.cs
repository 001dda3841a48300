using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Import.Bulk;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Synthetic;
using Microsoft.Data.Sqlite;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests.Bulk;

/// <summary>
/// The bulk phase (indexes and sync triggers dropped, rebuilt once): whatever happens in it, the store
/// comes out equal, table by table and field by field, to one written row by row with everything live.
/// </summary>
public sealed class BulkPhaseTests : IDisposable
{
    private readonly TempDataFolder _bulk = new();
    private readonly TempDataFolder _perRow = new();

    [Fact]
    public async Task A_phase_killed_before_its_rebuild_is_finished_by_the_next_open_and_equals_a_per_row_import()
    {
        var file = await GraphFileAsync(_bulk, 3_000, seed: 21);
        var graph = ImportReader.ParseFile(file);

        var store = _bulk.OpenStore();
        Assert.True(await store.BeginBulkPhaseAsync(records: 10_000));
        await store.WriteAsync(async writer =>
        {
            foreach (var a in graph.Actors) await writer.UpsertActorAsync(a);
            foreach (var s in graph.Sources) await writer.UpsertSourceAsync(s);
            await writer.UpsertClaimsAsync(graph.Claims);
            await writer.UpsertStatementsAsync(graph.Statements);
            await writer.UpsertClaimLinksAsync(graph.ClaimLinks);
            return true;
        });
        store.Dispose(); // as a kill would: the phase's connection goes, the rebuild never ran

        using (var connection = _bulk.OpenConnection())
        {
            Assert.True((long)connection.Scalar("SELECT count(*) FROM bulk_phase")! > 0);
            Assert.Equal(0L, connection.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'ix_statements_effective_at'"));
            Assert.Equal(0L, connection.Scalar("SELECT count(*) FROM claim_sides"));
            Assert.NotEqual("wal", connection.Scalar("PRAGMA journal_mode")); // the phase swapped the log for a rollback journal
        }

        await PerRowAsync(file);
        await AssertSameAsync(_bulk.OpenStore());
        using var reopened = _bulk.OpenConnection();
        Assert.Equal("wal", reopened.Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_bulk_import_over_stored_data_that_changes_some_of_it_equals_the_same_imports_row_by_row()
    {
        var file = await GraphFileAsync(_bulk, 2_500, seed: 22);
        var changed = Path.Combine(_bulk.Path, "changed.ndjson");
        await File.WriteAllLinesAsync(changed, Changed(await File.ReadAllLinesAsync(file)));

        var store = _bulk.OpenStore();
        await store.InitializeAsync();
        using (HoldOpen(_bulk))
            Assert.False((await new BulkImporter(store).ImportAsync(file, batchSize: 700)).BulkPhase, "another connection keeps the phase off");
        var result = await new BulkImporter(store).ImportAsync(changed, batchSize: 700);
        Assert.True(result.BulkPhase);

        var small = Path.Combine(_bulk.Path, "small.ndjson");
        await File.WriteAllLinesAsync(small, (await File.ReadAllLinesAsync(changed)).Take(40));
        Assert.False((await new BulkImporter(store).ImportAsync(small, batchSize: 700)).BulkPhase, "a rebuild of everything does not pay for 40 lines");

        await PerRowAsync(file, changed);
        await AssertSameAsync(store);
        Assert.NotEmpty(await store.SearchAsync("قصفوا", [NodeKind.Claim, NodeKind.Statement], 5));
        Assert.NotEmpty((await store.QueryContestedClaimsAsync(new PageRequest(5, null))).Items);
    }

    [Fact]
    public async Task While_the_phase_runs_nothing_reads_the_store_and_a_failed_import_still_ends_it()
    {
        var store = _bulk.OpenStore();
        await store.InitializeAsync();
        const string Indexes = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'statements' AND sql IS NOT NULL";
        long indexes;
        using (var before = _bulk.OpenConnection())
            indexes = (long)before.Scalar(Indexes)!;
        Assert.True(await store.BeginBulkPhaseAsync(records: 10_000));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CountAsync()); // not even this process reads a store mid-phase

        using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _bulk.DatabasePath, Pooling = false, DefaultTimeout = 1 }.ToString());
        other.Open();
        var refused = Assert.Throws<SqliteException>(() => other.Scalar("SELECT count(*) FROM statements"));
        Assert.Equal(5, refused.SqliteErrorCode); // SQLITE_BUSY: refused, never served a half-built store

        await store.EndBulkPhaseAsync();
        Assert.Equal(0L, other.Scalar("SELECT count(*) FROM bulk_phase"));
        other.Close();

        // A batch with a dangling reference fails the import; the phase is ended all the same, schema whole.
        var file = await GraphFileAsync(_bulk, 1_500, seed: 23);
        var lines = await File.ReadAllLinesAsync(file);
        var bad = Array.FindLastIndex(lines, l => l.StartsWith("{\"type\":\"statement\"", StringComparison.Ordinal));
        lines[bad] = lines[bad].Replace("\"claim\":\"syn-", "\"claim\":\"bad-", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(file, lines);
        await Assert.ThrowsAsync<ClaimGraphException>(() => new BulkImporter(store).ImportAsync(file, batchSize: 400)); // the importer checks references itself
        using var after = _bulk.OpenConnection();
        Assert.Equal(0L, after.Scalar("SELECT count(*) FROM bulk_phase"));
        Assert.Equal(indexes, after.Scalar(Indexes));
        Assert.True((long)after.Scalar("SELECT count(*) FROM claim_sides")! > 0);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _bulk.Dispose();
        _perRow.Dispose();
    }

    private static async Task<string> GraphFileAsync(TempDataFolder folder, int statements, int seed)
    {
        Directory.CreateDirectory(folder.Path);
        var file = Path.Combine(folder.Path, "g.ndjson");
        await SyntheticGraphWriter.WriteFileAsync(file, new SyntheticGraphOptions(statements, seed));
        return file;
    }

    // Re-dates every source (so effective_at must follow), flips the stance of every third statement (so the
    // claim sides change) and rewords some quotes' notes; ids stay, so every record is an update.
    private static IEnumerable<string> Changed(IEnumerable<string> lines)
    {
        var n = 0;
        foreach (var line in lines)
        {
            if (line.StartsWith("{\"type\":\"source\"", StringComparison.Ordinal))
                yield return line.Replace("\"publishedAt\":\"2017-", "\"publishedAt\":\"2018-", StringComparison.Ordinal);
            else if (line.StartsWith("{\"type\":\"statement\"", StringComparison.Ordinal) && n++ % 3 == 0)
                yield return line.Replace("\"stance\":\"ASSERTS\"", "\"stance\":\"DENIES\"", StringComparison.Ordinal)
                    .Replace("\"stance\":\"CONFIRMS\"", "\"stance\":\"DEMANDS\"", StringComparison.Ordinal);
            else
                yield return line;
        }
    }

    private static SqliteConnection HoldOpen(TempDataFolder folder)
    {
        var connection = folder.OpenConnection();
        connection.Scalar("SELECT count(*) FROM sqlite_master");
        return connection;
    }

    // The same files through the same importer, with another connection holding the file open: no phase, every trigger live.
    private async Task PerRowAsync(params string[] files)
    {
        var store = _perRow.OpenStore();
        await store.InitializeAsync();
        using var hold = HoldOpen(_perRow);
        foreach (var file in files)
            Assert.False((await new BulkImporter(store).ImportAsync(file, batchSize: 700)).BulkPhase);
    }

    private async Task AssertSameAsync(SqliteClaimStore bulk)
    {
        var perRow = _perRow.OpenStore();
        Assert.Equal(await StoreDump.AllAsync(perRow), await StoreDump.AllAsync(bulk));
        Assert.Equal(
            (await perRow.QueryContestedClaimsAsync(new PageRequest(50, null))).Items.Select(i => i.Node),
            (await bulk.QueryContestedClaimsAsync(new PageRequest(50, null))).Items.Select(i => i.Node));
        // Without statements: a search matching more documents than it ranks (here 200, twice the limit) ranks the newest,
        // and the two imports number documents in different orders; actors, claims and sources match fewer, so all are ranked.
        foreach (var text in new[] { "قصفوا", "دير الزور", "Raqqa", "negotiating team", "الطبقة" })
        {
            Assert.Equal(
                (await perRow.SearchAsync(text, [NodeKind.Actor, NodeKind.Claim, NodeKind.Source], 100)).Select(h => (h.Kind, h.Id, h.Matched)),
                (await bulk.SearchAsync(text, [NodeKind.Actor, NodeKind.Claim, NodeKind.Source], 100)).Select(h => (h.Kind, h.Id, h.Matched)));
        }

        using var expected = _perRow.OpenConnection();
        using var actual = _bulk.OpenConnection();
        foreach (var sql in Tables)
            Assert.Equal(Rows(expected, sql), Rows(actual, sql));
        actual.Scalar("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"); // throws when the FTS index and search_docs disagree
    }

    // Everything but seq, doc_id and write stamps (times differ from run to run); the schema objects with their DDL.
    private static readonly string[] Tables =
    [
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name <> 'bulk_phase' ORDER BY type, name",
        """
        SELECT id, actor_id, claim_id, stance, polarity, source_id, quote, span_start, span_end, stated_at, stated_offset,
               relayed_through_id, relayed_by_id, origin_source_id, note, effective_at FROM statements ORDER BY id
        """,
        "SELECT claim_id, polarity, actor_id, statements FROM claim_actor_sides ORDER BY claim_id, polarity, actor_id",
        // The triggers leave a claim whose sides went to 0/0 in place; a recount has no row for it. Both read the same.
        "SELECT claim_id, supporting, denying FROM claim_sides WHERE supporting > 0 OR denying > 0 ORDER BY claim_id",
        "SELECT kind, node_id, matched, body FROM search_docs ORDER BY kind, node_id, matched",
        "SELECT id, published_at FROM sources ORDER BY id",
        "SELECT count(*) FROM import_checkpoints",
        // The rebuild enlarges the FTS term hash for itself only (BulkPhase.RebuildSearch).
        "SELECT k, v FROM search_fts_config ORDER BY k",
    ];

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }
}
