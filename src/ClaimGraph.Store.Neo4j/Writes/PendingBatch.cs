namespace ClaimGraph.Store.Neo4j.Writes;

/// <summary>Consecutive upserts of one kind, sent as one UNWIND statement; a repeated key replaces its row in place.</summary>
internal sealed class PendingBatch(string statement)
{
    private readonly List<Dictionary<string, object?>> _rows = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public string Statement { get; } = statement;

    public int Count => _rows.Count;

    public IReadOnlyList<Dictionary<string, object?>> Rows => _rows;

    public void Put(string key, Dictionary<string, object?> row)
    {
        if (_index.TryGetValue(key, out var at))
        {
            _rows[at] = row;
            return;
        }

        _index[key] = _rows.Count;
        _rows.Add(row);
    }
}
