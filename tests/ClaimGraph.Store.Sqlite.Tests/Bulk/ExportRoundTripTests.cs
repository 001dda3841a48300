using ClaimGraph.Core.Export;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Import.Bulk;
using ClaimGraph.Core.Synthetic;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests.Bulk;

public sealed class ExportRoundTripTests : IDisposable
{
    private readonly TempDataFolder _from = new();
    private readonly TempDataFolder _to = new();
    private readonly TempDataFolder _files = new();

    [Fact]
    public async Task The_seed_and_a_generated_graph_exported_and_bulk_imported_into_an_empty_store_come_back_field_by_field()
    {
        Directory.CreateDirectory(_files.Path);
        var original = _from.OpenStore();
        var seedFile = Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "seeds"), "*.graph.ndjson").Single();
        await new GraphImporter(original).ImportAsync(ImportReader.ParseFile(seedFile));
        var generated = Path.Combine(_files.Path, "generated.ndjson");
        await SyntheticGraphWriter.WriteFileAsync(generated, new SyntheticGraphOptions(5_000, Seed: 11));
        await new BulkImporter(original).ImportAsync(generated, batchSize: 1_000);

        var exported = Path.Combine(_files.Path, "export.ndjson");
        await using (var output = new StreamWriter(exported))
        {
            var counts = await new GraphExporter(original, pageSize: 300).ExportAsync(output);
            Assert.Equal(5_027, counts.Statements);
        }

        var copy = _to.OpenStore();
        var result = await new BulkImporter(copy).ImportAsync(exported, batchSize: 700);
        Assert.Equal(5_027, result.Statements);

        var expected = await StoreDump.AllAsync(original);
        var actual = await StoreDump.AllAsync(copy);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
            Assert.Equal(expected[i], actual[i]);
        Assert.Contains(actual, line => line.Contains("\"id\":\"st-sdf-denies-negotiations\"", StringComparison.Ordinal) && line.Contains("\"span\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bulk_importing_the_same_file_twice_changes_nothing()
    {
        Directory.CreateDirectory(_files.Path);
        var file = Path.Combine(_files.Path, "g.ndjson");
        await SyntheticGraphWriter.WriteFileAsync(file, new SyntheticGraphOptions(3_000, Seed: 2));
        var store = _from.OpenStore();
        await new BulkImporter(store).ImportAsync(file, batchSize: 500);
        var once = await StoreDump.AllAsync(store);
        var counts = await store.CountAsync();
        var derived = Derived();
        Assert.NotNull(derived);
        await new BulkImporter(store).ImportAsync(file, batchSize: 777);
        Assert.Equal(counts, await store.CountAsync());
        Assert.Equal(once, await StoreDump.AllAsync(store));
        Assert.Equal(derived, Derived());
        Assert.Null(await store.GetImportCheckpointAsync(Path.GetFullPath(file)));
    }

    // What the bulk phase rebuilds: search documents, claim sides, effective times.
    private string? Derived()
    {
        using var connection = _from.OpenConnection();
        return (string?)connection.Scalar("""
            SELECT (SELECT group_concat(kind || node_id || body, '|') FROM (SELECT * FROM search_docs ORDER BY kind, node_id, body))
                || (SELECT group_concat(claim_id || supporting || denying, '|') FROM (SELECT * FROM claim_sides WHERE supporting + denying > 0 ORDER BY claim_id))
                || (SELECT group_concat(id || coalesce(effective_at, '-'), '|') FROM (SELECT * FROM statements ORDER BY id))
            """);
    }

    public void Dispose()
    {
        _from.Dispose();
        _to.Dispose();
        _files.Dispose();
    }
}
