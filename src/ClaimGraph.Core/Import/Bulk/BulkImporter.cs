using System.Diagnostics;
using System.Text.Json;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Validation;

namespace ClaimGraph.Core.Import.Bulk;

/// <summary>
/// Streams an import file into the store in batches, one transaction per batch. Needs the file in
/// dependency order: a record may refer to records in the same batch or on earlier lines (the
/// generator and export-ndjson write that order); the store checks every reference when the batch
/// commits. Each batch commits together with a checkpoint (the byte offset after its last line),
/// so an interrupted import resumes where the last committed batch ended; the last batch deletes
/// the checkpoint. Records are upserted by id, so importing again changes nothing.
/// </summary>
public sealed class BulkImporter(IClaimStore store)
{
    public async Task<BulkImportResult> ImportAsync(
        string path, int batchSize, IProgress<BulkImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        var length = new FileInfo(full).Length;
        var checkpoint = await store.GetImportCheckpointAsync(full, ct);
        if (checkpoint is not null && checkpoint.FileLength != length)
            checkpoint = null; // the file changed since: start again (upserts make that safe)

        var clock = Stopwatch.StartNew();
        var counts = new long[5];
        long line = checkpoint?.Line ?? 0, records = checkpoint?.Records ?? 0;
        var batches = 0;
        var batch = new BulkBatch();
        await using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        stream.Seek(checkpoint?.ByteOffset ?? 0, SeekOrigin.Begin);

        async Task CommitAsync(long endOffset, bool last)
        {
            if (batch.Problems.Count > 0)
                throw new ImportException(batch.Problems);
            records += batch.Count;
            var mark = new ImportCheckpoint(full, endOffset, line, length, records);
            await store.WriteAsync(async writer =>
            {
                await WriteAsync(writer, batch);
                if (last)
                    await writer.DeleteImportCheckpointAsync(full);
                else
                    await writer.SaveImportCheckpointAsync(mark);
                return true;
            }, ct);
            counts[0] += batch.Actors.Count;
            counts[1] += batch.Sources.Count;
            counts[2] += batch.Claims.Count;
            counts[3] += batch.Statements.Count;
            counts[4] += batch.ClaimLinks.Count;
            batches++;
            batch.Clear();
            progress?.Report(new BulkImportProgress(line, endOffset, length, records, counts[3], clock.Elapsed));
        }

        long offset = checkpoint?.ByteOffset ?? 0;
        await foreach (var (bytes, endOffset) in NdjsonLines.ReadAsync(stream, offset, ct))
        {
            line++;
            offset = endOffset;
            var text = bytes.Span.Trim(" \t\r"u8);
            if (text.Length == 0 || text.StartsWith("//"u8))
                continue;
            try
            {
                batch.Add(JsonSerializer.Deserialize<ImportRecord>(text, ImportJson.Options), line, directory);
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException)
            {
                batch.Problems.Add(new ImportProblem((int)line, ex.Message.Split(" Path:")[0]));
            }

            if (batch.Count >= batchSize)
                await CommitAsync(endOffset, last: false);
        }

        await CommitAsync(offset, last: true);
        return new BulkImportResult(counts[0], counts[1], counts[2], counts[3], counts[4], line, checkpoint?.Line ?? 0, batches, clock.Elapsed);
    }

    private static async Task WriteAsync(IClaimWriter writer, BulkBatch batch)
    {
        await CheckSpansAsync(writer, batch);
        await RelayChains.CheckAcyclicAsync(writer, batch.Statements);
        await writer.UpsertActorsAsync(batch.Actors);
        await writer.UpsertSourcesAsync(batch.Sources);
        await writer.UpsertClaimsAsync(batch.Claims);
        await writer.UpsertStatementsAsync(batch.Statements);
        await writer.UpsertClaimLinksAsync(batch.ClaimLinks);
    }

    // Quotes must sit at their spans in the source's text, whether the source is in this batch or stored.
    private static async Task CheckSpansAsync(IClaimWriter writer, BulkBatch batch)
    {
        var sources = batch.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var missing = batch.Statements.Where(s => s.Span is not null && !sources.ContainsKey(s.SourceId))
            .Select(s => s.SourceId).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            foreach (var source in await writer.GetSourcesAsync(missing))
                sources[source.Id] = source;
        }

        foreach (var statement in batch.Statements)
        {
            if (statement.Span is not null && sources.TryGetValue(statement.SourceId, out var source))
                GraphRules.CheckAgainstSource(statement, source);
        }
    }
}
