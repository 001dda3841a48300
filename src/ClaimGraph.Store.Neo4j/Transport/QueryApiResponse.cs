using System.Text.Json;

namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>A successful Query API answer: its JSON body (when it has one) and the cluster-affinity header.</summary>
internal sealed record QueryApiResponse(JsonElement? Body, string? Affinity)
{
    public CypherResult Result()
    {
        if (Body is not { } root || !root.TryGetProperty("data", out var data))
            return CypherResult.Empty;
        var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString() ?? "").ToList();
        var rows = data.GetProperty("values").EnumerateArray()
            .Select(row => (IReadOnlyList<object?>)row.EnumerateArray().Select(CypherValues.Decode).ToList())
            .ToList();
        return new CypherResult(fields, rows);
    }

    public IReadOnlyList<string>? Bookmarks() =>
        Body is { } root && root.TryGetProperty("bookmarks", out var bookmarks) && bookmarks.ValueKind == JsonValueKind.Array
            ? bookmarks.EnumerateArray().Select(b => b.GetString() ?? "").Where(b => b.Length > 0).ToList()
            : null;

    public string? TransactionId() =>
        Body is { } root && root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id)
            ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.ToString()
            : null;
}
