using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Import.Bulk;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Synthetic;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests.Bulk;

public sealed class BulkImportFailureTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    [Fact]
    public async Task A_batch_with_a_dangling_reference_writes_nothing_keeps_earlier_batches_and_resumes_once_fixed()
    {
        Directory.CreateDirectory(_folder.Path);
        var file = Path.Combine(_folder.Path, "g.ndjson");
        await SyntheticGraphWriter.WriteFileAsync(file, new SyntheticGraphOptions(2_000, Seed: 6));
        var good = await File.ReadAllLinesAsync(file);
        var broken = good.ToArray();
        var bad = Array.FindLastIndex(broken, l => l.StartsWith("{\"type\":\"statement\"", StringComparison.Ordinal));
        broken[bad] = broken[bad].Replace("\"actor\":\"syn-", "\"actor\":\"bad-", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(file, broken);

        var store = _folder.OpenStore();
        var refused = await Assert.ThrowsAsync<ClaimGraphException>(() => new BulkImporter(store).ImportAsync(file, batchSize: 500));
        Assert.Contains("'bad-", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith(".actor", refused.Field, StringComparison.Ordinal);
        var checkpoint = await store.GetImportCheckpointAsync(Path.GetFullPath(file));
        Assert.NotNull(checkpoint);
        Assert.True(checkpoint.Line < bad + 1, "the failing batch is not committed");
        var kept = (await store.CountAsync()).Statements;
        Assert.Equal(good.Take((int)checkpoint.Line).Count(l => l.StartsWith("{\"type\":\"statement\"", StringComparison.Ordinal)), kept);

        // The fixed file has the same length, so the checkpoint still applies and the import resumes after it.
        await File.WriteAllLinesAsync(file, good);
        var resumed = await new BulkImporter(store).ImportAsync(file, batchSize: 500);
        Assert.Equal(checkpoint.Line, resumed.ResumedAtLine);
        Assert.Equal(ImportReader.ParseFile(file).Statements.Count, (await store.CountAsync()).Statements);
        Assert.Null(await store.GetImportCheckpointAsync(Path.GetFullPath(file)));
    }

    [Fact]
    public async Task A_malformed_line_is_reported_with_its_line_number()
    {
        Directory.CreateDirectory(_folder.Path);
        var file = Path.Combine(_folder.Path, "bad.ndjson");
        await File.WriteAllLinesAsync(file, ["// comment", "{\"type\":\"claim\",\"id\":\"c1\",\"text\":\"نص\",\"language\":\"ar\"}", "{\"type\":\"claim\",\"id\":\"c2\",\"txt\":\"x\"}"]);
        var refused = await Assert.ThrowsAsync<ImportException>(() => new BulkImporter(_folder.OpenStore()).ImportAsync(file, batchSize: 10));
        Assert.Equal(3, Assert.Single(refused.Problems).Line);
    }

    public void Dispose() => _folder.Dispose();
}
