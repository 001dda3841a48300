namespace ClaimGraph.Store.Neo4j.Paging;

/// <summary>WHERE conditions combined with AND, the parameters they use, and an optional leading clause (the full-text lookup).</summary>
internal sealed class CypherFilter
{
    private readonly List<string> _conditions = [];

    public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Cypher that runs before the MATCH and leaves <see cref="Carried"/> in scope.</summary>
    public string Prelude { get; private set; } = string.Empty;

    public string? Carried { get; private set; }

    public CypherFilter Add(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    public CypherFilter Add(string condition, string parameter, object? value) => Add(condition).Bind(parameter, value);

    public CypherFilter Bind(string parameter, object? value)
    {
        Parameters[parameter] = value;
        return this;
    }

    public CypherFilter Before(string prelude, string carried)
    {
        Prelude = prelude;
        Carried = carried;
        return this;
    }

    public string Where(params IEnumerable<string> more) =>
        string.Join(" AND ", _conditions.Concat(more).Select(c => $"({c})"));
}
