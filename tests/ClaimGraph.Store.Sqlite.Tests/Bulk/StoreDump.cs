using System.Text.Json;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Store.Sqlite.Tests.Bulk;

/// <summary>Every record of a store as its import-format JSON (every field), sorted, to compare two stores field by field.</summary>
public static class StoreDump
{
    public static async Task<IReadOnlyList<string>> AllAsync(IClaimStore store)
    {
        var lines = new List<string>();
        lines.AddRange((await PagesAsync((p, c) => store.QueryActorsAsync(new ActorQuery(), p, c))).Select(a => Json(ActorRecord.FromModel(a))));
        lines.AddRange((await PagesAsync((p, c) => store.QuerySourcesAsync(new SourceQuery(), p, c))).Select(s => Json(SourceRecord.FromModel(s))));
        var claims = await PagesAsync((p, c) => store.QueryClaimsAsync(new ClaimQuery(), p, c));
        lines.AddRange(claims.Select(c => Json(ClaimRecord.FromModel(c))));
        lines.AddRange((await PagesAsync((p, c) => store.QueryStatementsAsync(new StatementQuery(), p, c))).Select(s => Json(StatementRecord.FromModel(s))));
        lines.AddRange((await store.GetClaimLinksAsync(claims.Select(c => c.Id).ToList())).Select(l => Json(ClaimLinkRecord.FromModel(l))).Distinct());
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Json(ImportRecord record) => JsonSerializer.Serialize(record, ImportJson.Options);

    private static async Task<List<T>> PagesAsync<T>(Func<PageRequest, CancellationToken, Task<Page<T>>> query)
    {
        var all = new List<T>();
        string? after = null;
        while (true)
        {
            var page = await query(new PageRequest(500, after), CancellationToken.None);
            all.AddRange(page.Items.Select(i => i.Node));
            if (!page.HasNextPage || page.Items.Count == 0)
                return all;
            after = page.Items[^1].Cursor;
        }
    }
}
