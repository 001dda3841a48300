using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Data;

internal static class SqliteReaderExtensions
{
    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? GetNullableInt32(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAllAsync(read, ct);
    }

    public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(this SqliteDataReader reader, Func<SqliteDataReader, T> read, CancellationToken ct)
    {
        var items = new List<T>();
        while (await reader.ReadAsync(ct))
            items.Add(read(reader));
        return items;
    }
}
