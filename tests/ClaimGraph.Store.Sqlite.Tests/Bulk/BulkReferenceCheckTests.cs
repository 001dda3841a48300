using System.Text.RegularExpressions;
using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Import.Bulk;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Synthetic;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests.Bulk;

/// <summary>
/// During a bulk phase the SQLite store writes the importer's batches with foreign-key enforcement off; the importer
/// checks every reference itself before a batch commits. A dangling reference must still be refused, and nothing
/// dangling may reach the file.
/// </summary>
public sealed class BulkReferenceCheckTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    [Theory]
    [InlineData("statement", "actor")]
    [InlineData("statement", "claim")]
    [InlineData("statement", "source")]
    [InlineData("statement", "relayedThrough")]
    [InlineData("statement", "relayedBy")]
    [InlineData("statement", "originSource")]
    [InlineData("source", "publisher")]
    [InlineData("source", "cites")]
    [InlineData("actor", "affiliation")]
    [InlineData("actor", "scopeSource")]
    [InlineData("claimLink", "from")]
    [InlineData("claimLink", "to")]
    public async Task A_dangling_reference_in_a_bulk_phase_is_refused_and_its_batch_is_not_committed(string type, string field)
    {
        Directory.CreateDirectory(_folder.Path);
        var file = Path.Combine(_folder.Path, "g.ndjson");
        await SyntheticGraphWriter.WriteFileAsync(file, new SyntheticGraphOptions(2_000, Seed: 7));
        var lines = await File.ReadAllLinesAsync(file);
        var value = new Regex($"\"{field}\":(\\[)?\"[^\"]*\"");
        var bad = Array.FindLastIndex(lines, l => l.StartsWith($"{{\"type\":\"{type}\"", StringComparison.Ordinal) && value.IsMatch(l));
        Assert.True(bad >= 0, $"the synthetic file has a {type} with {field}");
        lines[bad] = value.Replace(lines[bad], m => $"\"{field}\":{m.Groups[1].Value}\"missing-1\"", 1);
        await File.WriteAllLinesAsync(file, lines);

        var store = _folder.OpenStore();
        var refused = await Assert.ThrowsAsync<ClaimGraphException>(() => new BulkImporter(store).ImportAsync(file, batchSize: 500));
        Assert.Equal(ErrorCode.NotFound, refused.Code);
        Assert.Contains("'missing-1'", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith($".{field}", refused.Field, StringComparison.Ordinal);

        var checkpoint = await store.GetImportCheckpointAsync(Path.GetFullPath(file));
        Assert.True(checkpoint is null || checkpoint.Line < bad + 1, "the failing batch is not committed");
        using var connection = _folder.OpenConnection();
        Assert.Empty(Rows(connection, "PRAGMA foreign_key_check"));
        Assert.Equal(0L, connection.Scalar("SELECT count(*) FROM bulk_phase")); // the phase ended and was rebuilt
    }

    [Fact]
    public async Task Enforcement_is_off_only_for_the_checked_write_and_back_on_for_the_next()
    {
        var store = _folder.OpenStore();
        await store.SeedAsync(BasicGraph.Nodes());
        Assert.True(await store.BeginBulkPhaseAsync(records: 1_000));
        await store.WriteWithCheckedReferencesAsync(async writer =>
        {
            await writer.UpsertStatementAsync(A.Statement("checked").Build());
            return true;
        });
        await Assert.ThrowsAsync<StoreConstraintException>(() => store.WriteAsync(async writer =>
        {
            await writer.UpsertStatementAsync(A.Statement("dangling").By("nobody").Build());
            return true;
        }));
        await store.EndBulkPhaseAsync();

        Assert.Single(await store.GetStatementsAsync(["checked"]));
        Assert.Empty(await store.GetStatementsAsync(["dangling"]));
    }

    [Fact]
    public async Task The_importer_checks_every_foreign_key_the_schema_has()
    {
        // BatchReferences checks exactly these (plus rows that refer to their own parent in the same upsert: aliases,
        // translations, citations' source); a new foreign key in a migration must be added there and here.
        var store = _folder.OpenStore();
        await store.InitializeAsync();
        using var connection = _folder.OpenConnection();
        var keys = Rows(connection, """
            SELECT m.name || '.' || f."from" || ' -> ' || f."table"
            FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' ORDER BY 1
            """);
        Assert.Equal(
        [
            "actor_aliases.actor_id -> actors",
            "actors.affiliation_id -> actors",
            "actors.scope_source_id -> sources",
            "claim_links.from_claim_id -> claims",
            "claim_links.to_claim_id -> claims",
            "claim_translations.claim_id -> claims",
            "source_citations.cited_source_id -> sources",
            "source_citations.source_id -> sources",
            "sources.author_id -> actors",
            "sources.publisher_id -> actors",
            "statements.actor_id -> actors",
            "statements.claim_id -> claims",
            "statements.origin_source_id -> sources",
            "statements.relayed_by_id -> actors",
            "statements.relayed_through_id -> statements",
            "statements.source_id -> sources",
        ], keys);
    }

    public void Dispose() => _folder.Dispose();

    private static List<string> Rows(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : reader.GetValue(i).ToString())));
        return rows;
    }
}
