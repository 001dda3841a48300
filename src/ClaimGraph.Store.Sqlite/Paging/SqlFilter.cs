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

    /// <summary>The column holds one of the enum values (stored by name), bound as one JSON array parameter.</summary>
    public SqlFilter AddAnyOf<TEnum>(string column, string parameter, IEnumerable<TEnum> values)
        where TEnum : struct, Enum =>
        Add($"{column} IN (SELECT value FROM json_each({parameter}))", parameter,
            System.Text.Json.JsonSerializer.Serialize(values.Select(v => v.ToString())));

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
