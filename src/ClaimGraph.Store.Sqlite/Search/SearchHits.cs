using System.Text.Json;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>
/// Turns scored documents into hits: reads the node and raw text of the best documents, a batch at a time, until it has
/// <c>limit</c> nodes and the next document scores below the last of them (so ties at the cut are all seen), then
/// orders nodes by their best document's score, kind and id.
/// </summary>
internal static class SearchHits
{
    private const string Sql = """
        SELECT d.doc_id, d.kind, d.node_id, d.matched
        FROM json_each(@ids) j JOIN search_docs d ON d.doc_id = j.value;
        """;

    public static async Task<IReadOnlyList<SearchHit>> ReadAsync(
        Session session, IReadOnlyList<(long DocId, double Score)> scored, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var ranked = scored.OrderByDescending(s => s.Score).ThenByDescending(s => s.DocId).ToList();
        var best = new Dictionary<(string Kind, string NodeId), SearchHit>();
        var scores = new List<double>(); // each node's best, in the order found: highest first
        var next = 0;
        while (next < ranked.Count && (best.Count < limit || ranked[next].Score >= scores[limit - 1]))
        {
            var batch = ranked.Skip(next).Take(Math.Max(limit + 4, limit * 3 / 2)).ToList();
            next += batch.Count;
            var docs = new Dictionary<long, (string Kind, string NodeId, string Matched)>(batch.Count);
            var command = session.Prepared(Sql).With("@ids", JsonSerializer.Serialize(batch.Select(b => b.DocId)));
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                    docs[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2), reader.GetString(3));
            }

            foreach (var (docId, score) in batch)
            {
                if (!docs.TryGetValue(docId, out var doc) || best.ContainsKey((doc.Kind, doc.NodeId)))
                    continue;
                best[(doc.Kind, doc.NodeId)] = new SearchHit(Enum.Parse<NodeKind>(doc.Kind), doc.NodeId, score, doc.Matched);
                scores.Add(score);
            }
        }

        return best.Values
            .OrderByDescending(h => h.Score).ThenBy(h => h.Kind.ToString(), StringComparer.Ordinal).ThenBy(h => h.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }
}
