using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;
using ClaimGraph.Core.Store;
using ClaimGraph.Core.Validation;

namespace ClaimGraph.Core.Import.Bulk;

/// <summary>
/// Streams an import file into the store in batches, one transaction per batch. Needs the file in
/// dependency order: a record may refer to records in the same batch or on earlier lines (the
/// generator and export-ndjson write that order). Every reference is checked before its batch commits:
/// in memory on the parsing thread against the ids this run has parsed, the rest against the store
/// (<see cref="BatchReferences"/>), so the store need not check each row again. Each batch commits together with a checkpoint (the byte offset after its last line),
/// so an interrupted import resumes where the last committed batch ended; the last batch deletes
/// the checkpoint. Records are upserted by id, so importing again changes nothing. When the store
/// allows it, the whole run is one bulk phase (<see cref="IClaimStore.BeginBulkPhaseAsync"/>): index
/// and derived-data upkeep is deferred to one rebuild at the end.
/// </summary>
public sealed class BulkImporter(IClaimStore store)
{
    public async Task<BulkImportResult> ImportAsync(
        string path, int batchSize, IProgress<BulkImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var full = Path.GetFullPath(path);
        var length = new FileInfo(full).Length;
        var checkpoint = await store.GetImportCheckpointAsync(full, ct);
        if (checkpoint is not null && checkpoint.FileLength != length)
            checkpoint = null; // the file changed since: start again (upserts make that safe)

        var clock = Stopwatch.StartNew();
        var counts = new long[5];
        var records = checkpoint?.Records ?? 0;
        var batches = 0;
        // About 300 bytes a line in the generator's files; only used to judge whether a bulk phase pays.
        var deferred = await store.BeginBulkPhaseAsync((length - (checkpoint?.ByteOffset ?? 0)) / 300, ct);
        var rebuild = TimeSpan.Zero;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // Parsing and checking run on another thread, at most two batches ahead of the writer.
        var parsed = Channel.CreateBounded<ParsedBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var parser = Task.Run(() => ParseAsync(full, checkpoint, batchSize, parsed.Writer, stop.Token), stop.Token);
        long lines = checkpoint?.Line ?? 0;
        try
        {
            await foreach (var item in parsed.Reader.ReadAllAsync(ct))
            {
                var batch = item.Batch;
                if (batch.Problems.Count > 0)
                    throw new ImportException(batch.Problems);
                records += batch.Count;
                lines = item.Line;
                var mark = new ImportCheckpoint(full, item.EndOffset, item.Line, length, records);
                await store.WriteWithCheckedReferencesAsync(async writer =>
                {
                    await WriteAsync(writer, batch);
                    await item.Unresolved.CheckAsync(writer);
                    if (item.Last)
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
                progress?.Report(new BulkImportProgress(item.Line, item.EndOffset, length, records, counts[3], clock.Elapsed));
            }

            await parser;
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAny(parser); // its failure, if any, is the loop's
            if (deferred)
            {
                // Also after a failure or Ctrl-C, so the store is left in service; a kill leaves it to the next open.
                progress?.Report(new BulkImportProgress(lines, length, length, records, counts[3], clock.Elapsed, Rebuilding: true));
                var started = clock.Elapsed;
                await store.EndBulkPhaseAsync(CancellationToken.None);
                rebuild = clock.Elapsed - started;
            }
        }

        return new BulkImportResult(counts[0], counts[1], counts[2], counts[3], counts[4], lines, checkpoint?.Line ?? 0, batches, clock.Elapsed, deferred, rebuild);
    }

    private static async Task ParseAsync(string path, ImportCheckpoint? checkpoint, int batchSize, ChannelWriter<ParsedBatch> output, CancellationToken ct)
    {
        Exception? failure = null;
        try
        {
            var directory = Path.GetDirectoryName(path);
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            long offset = checkpoint?.ByteOffset ?? 0, line = checkpoint?.Line ?? 0;
            stream.Seek(offset, SeekOrigin.Begin);
            var batch = new BulkBatch();
            var known = new KnownIds();
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
                {
                    await output.WriteAsync(new ParsedBatch(batch, endOffset, line, Last: false, BatchReferences.Find(batch, known)), ct);
                    if (batch.Problems.Count > 0)
                        return;
                    batch = new BulkBatch();
                }
            }

            await output.WriteAsync(new ParsedBatch(batch, offset, line, Last: true, BatchReferences.Find(batch, known)), ct);
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            output.TryComplete(failure);
        }
    }

    private static async Task WriteAsync(IClaimWriter writer, BulkBatch batch)
    {
        await CheckSpansAsync(writer, batch);
        await RelayChains.CheckAcyclicAsync(writer, batch.Statements);
        await WriteActorsAndSourcesAsync(writer, batch.ActorsAndSources);
        await writer.UpsertClaimsAsync(batch.Claims);
        await writer.UpsertStatementsAsync(batch.Statements);
        await writer.UpsertClaimLinksAsync(batch.ClaimLinks);
    }

    // In runs of one kind, in file order: with deferred foreign keys, a reference left dangling until a
    // later write in the transaction makes SQLite search the referring tables on every insert that follows,
    // which is a full scan of statements while the bulk phase has dropped their indexes.
    private static async Task WriteActorsAndSourcesAsync(IClaimWriter writer, List<object> nodes)
    {
        for (var start = 0; start < nodes.Count;)
        {
            var end = start + 1;
            while (end < nodes.Count && nodes[end].GetType() == nodes[start].GetType())
                end++;
            if (nodes[start] is Actor)
                await writer.UpsertActorsAsync(nodes[start..end].Cast<Actor>().ToList());
            else
                await writer.UpsertSourcesAsync(nodes[start..end].Cast<Source>().ToList());
            start = end;
        }
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
