using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Data;

internal static class SqliteCommandExtensions
{
    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>Binds a list as one JSON array parameter, read back in SQL with json_each: any number of keys, one parameter.</summary>
    public static SqliteCommand WithJson<T>(this SqliteCommand command, string name, IEnumerable<T> values) =>
        command.With(name, JsonSerializer.Serialize(values));
}
