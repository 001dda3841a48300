using System.Security.Cryptography;
using System.Text.Json;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Testing.Safety;

/// <summary>
/// A checksum of everything a store holds, read back through the port: every actor, claim, source, statement and
/// claim link, in key order, plus the counts. Equal fingerprints before and after a refused input prove it wrote nothing.
/// </summary>
public static class StoreFingerprint
{
    public static async Task<string> OfAsync(IClaimStore store, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var actors = await AllAsync(p => store.QueryActorsAsync(new ActorQuery(), p, ct));
        var claims = await AllAsync(p => store.QueryClaimsAsync(new ClaimQuery(), p, ct));
        var sources = await AllAsync(p => store.QuerySourcesAsync(new SourceQuery(), p, ct));
        var statements = await AllAsync(p => store.QueryStatementsAsync(new StatementQuery(), p, ct));
        var links = await store.GetClaimLinksAsync(claims.Select(c => c.Id).ToList(), ct);
        var stamps = new List<object>();
        stamps.AddRange(await store.GetWriteStampsAsync(NodeKind.Actor, actors.Select(a => a.Id).ToList(), ct));
        stamps.AddRange(await store.GetWriteStampsAsync(NodeKind.Claim, claims.Select(c => c.Id).ToList(), ct));
        stamps.AddRange(await store.GetWriteStampsAsync(NodeKind.Source, sources.Select(s => s.Id).ToList(), ct));
        stamps.AddRange(await store.GetWriteStampsAsync(NodeKind.Statement, statements.Select(s => s.Id).ToList(), ct));
        var everything = new
        {
            counts = await store.CountAsync(ct),
            actors = actors.OrderBy(a => a.Id, StringComparer.Ordinal),
            claims = claims.OrderBy(c => c.Id, StringComparer.Ordinal),
            sources = sources.OrderBy(s => s.Id, StringComparer.Ordinal),
            statements = statements.OrderBy(s => s.Id, StringComparer.Ordinal),
            stamps,
            links = links.OrderBy(l => l.FromClaimId, StringComparer.Ordinal).ThenBy(l => l.ToClaimId, StringComparer.Ordinal).ThenBy(l => l.Kind),
        };
        return Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(everything)));
    }

    private static async Task<List<T>> AllAsync<T>(Func<PageRequest, Task<Page<T>>> query)
    {
        var all = new List<T>();
        string? after = null;
        while (true)
        {
            var page = await query(new PageRequest(100, after));
            all.AddRange(page.Items.Select(i => i.Node));
            if (!page.HasNextPage || page.Items.Count == 0)
                return all;
            after = page.Items[^1].Cursor;
        }
    }
}
