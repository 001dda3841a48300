namespace ClaimGraph.Store.Sqlite.Paging;

/// <summary>WHERE conditions combined with AND, and the parameters they use.</summary>
internal sealed class SqlFilter
{
    private readonly List<string> _conditions = [];
    private readonly List<KeyValuePair<string, object?>> _parameters = [];

    public IReadOnlyList<string> Conditions => _conditions;

    public IReadOnlyList<KeyValuePair<string, object?>> Parameters => _parameters;

    public SqlFilter Add(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    public SqlFilter Add(string condition, string parameter, object? value) => Add(condition).Bind(parameter, value);

    public SqlFilter Bind(string parameter, object? value)
    {
        _parameters.Add(new(parameter, value));
        return this;
    }

    public string Where(params IEnumerable<string> more)
    {
        var all = _conditions.Concat(more).ToList();
        return all.Count == 0 ? "1" : string.Join(" AND ", all.Select(c => $"({c})"));
    }
}
