using System.Text.Json;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Core.Export;

/// <summary>
/// Writes the whole store in the import format, page by page, in dependency order (actors,
/// sources, anonymous sources, claims, statements, claim links; a record whose reference is not
/// yet written waits until it is), so the output can be imported with import or bulk-import.
/// Memory holds the ids written so far, not the records.
/// </summary>
public sealed class GraphExporter(IClaimStore store, int pageSize = 1000)
{
    public async Task<ImportResult> ExportAsync(TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var write = new OrderedWriter(output);

        var anonymous = new List<Actor>();
        await foreach (var actor in AllAsync((p, c) => store.QueryActorsAsync(new ActorQuery(), p, c), ct))
        {
            if (actor.ScopeSourceId is not null)
                anonymous.Add(actor);
            else
                await write.WhenReadyAsync(NodeKind.Actor, actor.Id, ActorRecord.FromModel(actor), Needs(NodeKind.Actor, actor.AffiliationId));
        }

        await foreach (var source in AllAsync((p, c) => store.QuerySourcesAsync(new SourceQuery(), p, c), ct))
        {
            var needs = source.CitedSourceIds.Select(id => (NodeKind.Source, id))
                .Concat(Needs(NodeKind.Actor, source.PublisherId)).Concat(Needs(NodeKind.Actor, source.AuthorId));
            await write.WhenReadyAsync(NodeKind.Source, source.Id, SourceRecord.FromModel(source), needs);
        }

        foreach (var actor in anonymous)
        {
            await write.WhenReadyAsync(NodeKind.Actor, actor.Id, ActorRecord.FromModel(actor),
                Needs(NodeKind.Actor, actor.AffiliationId).Concat(Needs(NodeKind.Source, actor.ScopeSourceId)));
        }

        var links = new List<ClaimLink>();
        await foreach (var page in PagesAsync((p, c) => store.QueryClaimsAsync(new ClaimQuery(), p, c), ct))
        {
            foreach (var claim in page)
                await write.WhenReadyAsync(NodeKind.Claim, claim.Id, ClaimRecord.FromModel(claim), []);
            var ids = page.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            links.AddRange((await store.GetClaimLinksAsync(ids, ct)).Where(l => ids.Contains(l.FromClaimId)));
        }

        await foreach (var s in AllAsync((p, c) => store.QueryStatementsAsync(new StatementQuery(), p, c), ct))
        {
            var needs = Needs(NodeKind.Statement, s.RelayedThroughStatementId);
            await write.WhenReadyAsync(NodeKind.Statement, s.Id, StatementRecord.FromModel(s), needs);
        }

        foreach (var link in links)
            await write.RecordAsync(ClaimLinkRecord.FromModel(link));

        await write.FinishAsync();
        await output.FlushAsync(ct);
        return write.Counts();
    }

    private static IEnumerable<(NodeKind, string)> Needs(NodeKind kind, string? id) => id is null ? [] : [(kind, id)];

    private async IAsyncEnumerable<T> AllAsync<T>(
        Func<PageRequest, CancellationToken, Task<Page<T>>> query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var page in PagesAsync(query, ct))
        {
            foreach (var item in page)
                yield return item;
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<T>> PagesAsync<T>(
        Func<PageRequest, CancellationToken, Task<Page<T>>> query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string? after = null;
        while (true)
        {
            var page = await query(new PageRequest(pageSize, after), ct);
            if (page.Items.Count == 0)
                yield break;
            yield return page.Items.Select(i => i.Node).ToList();
            if (!page.HasNextPage)
                yield break;
            after = page.Items[^1].Cursor;
        }
    }

    private sealed class OrderedWriter(TextWriter output)
    {
        private readonly Dictionary<NodeKind, HashSet<string>> _written = [];
        private readonly Dictionary<(NodeKind, string), List<(NodeKind Kind, string Id, ImportRecord Record, List<(NodeKind, string)> Needs)>> _waiting = [];
        private readonly int[] _counts = new int[5];

        public async Task WhenReadyAsync(NodeKind kind, string id, ImportRecord record, IEnumerable<(NodeKind, string)> needs)
        {
            var missing = needs.Where(n => !(n.Item1 == kind && n.Item2 == id) && !Written(n.Item1).Contains(n.Item2)).ToList();
            if (missing.Count == 0)
            {
                await WriteAsync(kind, id, record);
                return;
            }

            var entry = (kind, id, record, missing);
            if (!_waiting.TryGetValue(missing[0], out var list))
                _waiting[missing[0]] = list = [];
            list.Add(entry);
        }

        public Task RecordAsync(ImportRecord record)
        {
            _counts[4]++;
            return output.WriteLineAsync(JsonSerializer.Serialize(record, ImportJson.Options));
        }

        // Whatever still waits points at something the store does not hold (it cannot: foreign keys); write it anyway.
        public async Task FinishAsync()
        {
            foreach (var entry in _waiting.Values.SelectMany(l => l).ToList())
                await WriteAsync(entry.Kind, entry.Id, entry.Record);
            _waiting.Clear();
        }

        public ImportResult Counts() => new(_counts[0], _counts[1], _counts[2], _counts[3], _counts[4]);

        private async Task WriteAsync(NodeKind kind, string id, ImportRecord record)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(record, ImportJson.Options));
            Written(kind).Add(id);
            _counts[kind switch { NodeKind.Actor => 0, NodeKind.Source => 1, NodeKind.Claim => 2, _ => 3 }]++;
            if (!_waiting.Remove((kind, id), out var released))
                return;
            foreach (var entry in released)
            {
                entry.Needs.RemoveAt(0);
                await WhenReadyAsync(entry.Kind, entry.Id, entry.Record, entry.Needs);
            }
        }

        private HashSet<string> Written(NodeKind kind)
        {
            if (!_written.TryGetValue(kind, out var set))
                _written[kind] = set = new HashSet<string>(StringComparer.Ordinal);
            return set;
        }
    }
}
