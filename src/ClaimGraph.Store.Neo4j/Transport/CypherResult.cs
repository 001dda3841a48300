namespace ClaimGraph.Store.Neo4j.Transport;

/// <summary>
/// A statement's answer: the field names and the rows, each value decoded to .NET (string, long,
/// double, bool, null, <see cref="List{T}"/> of values, or a dictionary for maps, nodes and temporal values as strings).
/// </summary>
public sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static readonly CypherResult Empty = new([], []);

    /// <summary>The value of <paramref name="field"/> in row <paramref name="row"/>.</summary>
    public object? Value(int row, string field)
    {
        var index = Fields.ToList().IndexOf(field);
        if (index < 0)
            throw new InvalidOperationException($"The Cypher result has no field '{field}'; it has {string.Join(", ", Fields)}.");
        return Rows[row][index];
    }
}
