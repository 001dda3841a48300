using ClaimGraph.Core.Import;
using ClaimGraph.Core.Import.Bulk;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Synthetic;
using ClaimGraph.Core.Text;
using ClaimGraph.Store.Sqlite.Schema;
using ClaimGraph.Testing.Builders;
using Microsoft.Data.Sqlite;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>
/// claim_terms holds exactly ClaimTerms.Of of every stored claim's text (the terms the bulk resolution index compares claims by),
/// and claim_term_counts how many claims hold each term, after every kind of claim write and after migration 009.
/// </summary>
public sealed class ClaimTermIndexTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Creating_updating_and_deleting_claims_keeps_their_terms_and_the_counts_in_step()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(
            A.Claim("c1").Saying("The factions withdrew from the northern reservoir"),
            A.Claim("c2").Saying("قال الوزير إن الفصائل انسحبت من الولاية"),
            A.Claim("c3").Saying("The reservoir levels fell"));
        AssertIndexMatchesClaims(3);
        Assert.Equal(2L, Scalar("SELECT claims FROM claim_term_counts WHERE term = 'reservoir';"));

        await store.SeedAsync(A.Claim("c1").Saying("The delegation arrived in the capital"));
        AssertIndexMatchesClaims(3);
        Assert.Equal(1L, Scalar("SELECT claims FROM claim_term_counts WHERE term = 'reservoir';"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_terms WHERE claim_id = 'c1' AND term = 'faction';"));

        await store.WriteAsync(w => w.DeleteAsync(NodeKind.Claim, "c3"));
        AssertIndexMatchesClaims(2);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_term_counts WHERE term = 'reservoir';"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_terms WHERE claim_id = 'c3';"));
    }

    [Fact]
    public async Task A_failed_write_leaves_no_terms()
    {
        var store = _folder.OpenStore();
        await Assert.ThrowsAnyAsync<Exception>(() => store.WriteAsync<bool>(async w =>
        {
            await w.UpsertClaimAsync(A.Claim("c1").Saying("The reservoir overflowed").Build());
            throw new InvalidOperationException("rolled back");
        }));

        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_terms;"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_term_counts;"));
    }

    [Fact]
    public async Task The_batched_claim_writes_of_an_import_fill_and_replace_terms_as_single_writes_do()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(A.Claim("c1").Saying("The factions withdrew from the reservoir"));
        var claims = new[]
        {
            new Claim("c1", "The reservoir overflowed at dawn", "en", []),
            new Claim("c2", "الفصائل الوطنية تنسحب من الولاية الشمالية", "ar", []),
        };

        await new GraphImporter(store).ImportAsync(new ImportBatch([], [], claims, [], []));

        AssertIndexMatchesClaims(2);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_terms WHERE claim_id = 'c1' AND term = 'faction';"));
    }

    [Fact]
    public async Task A_bulk_phase_import_leaves_the_same_terms_and_counts_as_writes_outside_it()
    {
        Directory.CreateDirectory(_folder.Path);
        var file = Path.Combine(_folder.Path, "graph.ndjson");
        await SyntheticGraphWriter.WriteFileAsync(file, new SyntheticGraphOptions(3_000, 31));
        var store = _folder.OpenStore();

        await new BulkImporter(store).ImportAsync(file, batchSize: 700);

        using var connection = _folder.OpenConnection();
        Assert.Equal(0L, connection.Scalar("SELECT count(*) FROM bulk_phase;"));
        Assert.Equal(2L, connection.Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'claim_terms';"));
        AssertIndexMatchesClaims((long)connection.Scalar("SELECT count(*) FROM claims;")!);
    }

    [Fact]
    public async Task A_bulk_phase_keeps_the_terms_of_the_last_committed_text_and_of_claims_it_did_not_touch()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(
            A.Claim("kept").Saying("The reservoir levels fell"),
            A.Claim("rewritten").Saying("The factions withdrew from the reservoir"));

        Assert.True(await store.BeginBulkPhaseAsync(1_000));
        await Write(store, w => w.UpsertClaimsAsync(
        [
            new Claim("rewritten", "The delegation arrived in the capital", "en", []),
            new Claim("twice", "الفصائل الوطنية تنسحب من الولاية الشمالية", "ar", []),
        ]));
        await Write(store, w => w.UpsertClaimsAsync([new Claim("twice", "The harbour reopened to cargo ships", "en", [])]));
        await Assert.ThrowsAnyAsync<Exception>(() => store.WriteAsync<bool>(async w =>
        {
            await w.UpsertClaimsAsync([new Claim("rolled-back", "The airport closed for a week", "en", [])]);
            throw new InvalidOperationException("rolled back");
        }));
        await store.EndBulkPhaseAsync();

        AssertIndexMatchesClaims(3);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_terms WHERE claim_id = 'twice' AND term = 'فصايل';"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_terms WHERE term = 'airport';"));
        Assert.Equal(1L, Scalar("SELECT claims FROM claim_term_counts WHERE term = 'reservoir';"));
    }

    [Fact]
    public async Task A_claim_written_one_by_one_in_a_bulk_phase_makes_its_end_refill_the_terms_from_the_claims()
    {
        var store = _folder.OpenStore();
        Assert.True(await store.BeginBulkPhaseAsync(1_000));
        await Write(store, w => w.UpsertClaimsAsync([new Claim("c1", "The factions withdrew from the reservoir", "en", []), new Claim("c2", "The harbour reopened", "en", [])]));
        await Write(store, w => w.UpsertClaimAsync(new Claim("c1", "The delegation arrived in the capital", "en", [])));
        await Write(store, w => w.DeleteAsync(NodeKind.Claim, "c2"));
        await Write(store, w => w.UpsertClaimsAsync([new Claim("c3", "The reservoir overflowed at dawn", "en", [])]));
        await store.EndBulkPhaseAsync();

        AssertIndexMatchesClaims(2);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_terms WHERE claim_id = 'c1' AND term = 'faction';"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_terms WHERE claim_id = 'c2';"));
    }

    [Fact]
    public async Task Migration_9_fills_the_terms_of_a_store_written_at_schema_8_and_later_writes_keep_them()
    {
        await SeedThreeClaimsAsync();

        using (var connection = _folder.OpenConnection())
        {
            SchemaBefore9.Apply(connection, 8);
            Assert.Equal(8L, connection.Scalar("PRAGMA user_version;"));
            Assert.Equal(0L, connection.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'claim_terms';"));
        }

        var store = _folder.OpenStore();
        await store.InitializeAsync();
        Assert.Equal(10L, Scalar("PRAGMA user_version;"));
        AssertIndexMatchesClaims(3);
        Assert.Equal(2L, Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'claim_terms';"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'ix_claim_terms_claim';"));

        var counts = await ((IClaimStore)store).CountClaimTermsAsync(["reservoir", "faction", "nowhere"]);
        Assert.Equal(3L, counts!.Claims);
        Assert.Equal([2, 1, 0], counts.Counts);

        await store.SeedAsync(A.Claim("c3").Saying("The delegation arrived"));
        AssertIndexMatchesClaims(3);
    }

    [Fact]
    public async Task Migration_10_drops_the_claim_index_of_a_schema_9_store_and_rewrites_and_deletes_still_find_a_claim_s_rows()
    {
        await SeedThreeClaimsAsync();

        using (var connection = _folder.OpenConnection())
        {
            connection.Scalar("CREATE INDEX ix_claim_terms_claim ON claim_terms (claim_id);");
            connection.Scalar("PRAGMA user_version = 9;");
        }

        var store = _folder.OpenStore();
        await store.InitializeAsync();
        Assert.Equal(10L, Scalar("PRAGMA user_version;"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'ix_claim_terms_claim';"));
        AssertIndexMatchesClaims(3);

        await store.SeedAsync(A.Claim("c1").Saying("The delegation arrived in the capital"));
        await store.WriteAsync(w => w.DeleteAsync(NodeKind.Claim, "c2"));
        await Write(store, w => w.UpsertClaimsAsync([new Claim("c3", "The harbour reopened", "en", []), new Claim("c3", "The harbour reopened to cargo ships", "en", [])]));
        AssertIndexMatchesClaims(2);
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_terms WHERE claim_id IN ('c1', 'c2') AND term IN ('faction', 'reservoir', 'فصايل');"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM claim_term_counts WHERE term = 'reservoir';"));
    }

    [Fact]
    public async Task A_claim_s_rows_are_deleted_by_primary_key_without_reading_the_table()
    {
        using (var store = _folder.OpenStore())
            await store.InitializeAsync();
        using var connection = _folder.OpenConnection();
        foreach (var delete in new[] { Terms.ClaimTermRows.Remove, Terms.ClaimTermRows.DeleteRow.Replace("?1", "'t'", StringComparison.Ordinal).Replace("?2", "@id", StringComparison.Ordinal) })
        {
            using var plan = connection.CreateCommand();
            plan.CommandText = "EXPLAIN QUERY PLAN " + delete;
            plan.Parameters.AddWithValue("@id", "c1");
            plan.Parameters.AddWithValue("@_old_terms", "[\"reservoir\",\"faction\"]");
            using var reader = plan.ExecuteReader();
            var details = new List<string>();
            while (reader.Read())
                details.Add(reader.GetString(3));
            Assert.Contains(details, d => d.Contains("SEARCH claim_terms USING PRIMARY KEY (term=? AND claim_id=?)", StringComparison.Ordinal));
            Assert.DoesNotContain(details, d => d.StartsWith("SCAN claim_terms", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_failing_fill_leaves_the_store_at_schema_8_without_the_tables()
    {
        using (var old = _folder.OpenStore())
            await old.SeedAsync(A.Claim("c1").Saying("The reservoir levels fell"));
        using (var connection = _folder.OpenConnection())
            SchemaBefore9.Apply(connection, 8);
        var failing = MigrationCatalog.All.Select(m => m.Version == 9 ? m with { Step = FailAfterFillAsync } : m).ToList();
        using (var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = _folder.Path }, failing))
            await Assert.ThrowsAnyAsync<Exception>(() => store.InitializeAsync());

        Assert.Equal(8L, Scalar("PRAGMA user_version;"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM sqlite_master WHERE name LIKE 'claim_term%';"));
        await _folder.OpenStore().InitializeAsync();
        AssertIndexMatchesClaims(1);
    }

    private static async Task FailAfterFillAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        await Terms.ClaimTermFill.RunAsync(connection, transaction, ct);
        throw new InvalidOperationException("interrupted");
    }

    private async Task SeedThreeClaimsAsync()
    {
        using var store = _folder.OpenStore();
        await store.SeedAsync(
            A.Claim("c1").Saying("The factions withdrew from the northern reservoir"),
            A.Claim("c2").Saying("قال الوزير إن الفصائل انسحبت من الولاية"),
            A.Claim("c3").Saying("The reservoir levels fell"));
    }

    private object? Scalar(string sql)
    {
        using var connection = _folder.OpenConnection();
        return connection.Scalar(sql);
    }

    private static Task Write(SqliteClaimStore store, Func<IClaimWriter, Task> work) => store.WriteAsync(async w =>
    {
        await work(w);
        return true;
    });

    private void AssertIndexMatchesClaims(long claims)
    {
        using var connection = _folder.OpenConnection();
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        var texts = Rows(connection, "SELECT id, text FROM claims;");
        Assert.Equal(claims, texts.Count);
        foreach (var (id, text) in texts)
        {
            var terms = ClaimTerms.Of(text);
            foreach (var term in terms)
                expected.Add($"{term}|{id}|{terms.Count}");
        }

        var stored = new SortedSet<string>(
            Rows(connection, "SELECT term, claim_id || '|' || terms FROM claim_terms;").Select(r => $"{r.A}|{r.B}"), StringComparer.Ordinal);
        Assert.Equal(expected, stored);
        Assert.NotEmpty(stored);
        Assert.Equal(
            Rows(connection, "SELECT term, count(*) FROM claim_terms GROUP BY term ORDER BY term;"),
            Rows(connection, "SELECT term, claims FROM claim_term_counts ORDER BY term;"));
    }

    private static List<(string A, string B)> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), Convert.ToString(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)!));
        return rows;
    }
}
