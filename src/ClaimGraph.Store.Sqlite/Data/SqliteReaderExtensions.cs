using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Data;

internal static class SqliteReaderExtensions
{
    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? GetNullableInt32(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>Synchronous, for reads made of many small probes: Microsoft.Data.Sqlite's async calls run synchronously anyway.</summary>
    public static List<T> ReadAll<T>(this SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        using var reader = command.ExecuteReader();
        var items = new List<T>();
        while (reader.Read())
            items.Add(read(reader));
        return items;
    }

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
