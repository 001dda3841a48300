using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Paging;

/// <summary>
/// Runs a <see cref="PagedSql"/>: the filtered total (when asked for: counting a prolific actor's statements
/// costs more than its page) and one page after the cursor, in one command.
/// </summary>
internal static class PageRunner
{
    public static async Task<Page<T>> RunAsync<T>(
        Session session, PagedSql sql, PageRequest page, Func<SqliteDataReader, T> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.First < 0)
            throw ClaimGraphException.Invalid("first", "'first' must be zero or more.");

        var cursor = page.After is null ? null : Cursor.Decode(page.After, sql.Order, sql.Keys.Count);
        var keyset = cursor is null ? [] : new[] { After(sql, cursor, 0) };
        var keyColumns = string.Concat(sql.Keys.Select(k => $", {k.Expression}"));
        var orderBy = string.Concat(sql.Keys.Select(k => $"{k.Expression} {(k.Descending ? "DESC" : "ASC")} NULLS LAST, "));

        var count = page.CountTotal ? $"{sql.With} SELECT COUNT(*) FROM {sql.From} WHERE {sql.Filter.Where()};" : "SELECT -1;";
        var text = $"""
            {count}
            {sql.With} SELECT {sql.Columns}{keyColumns}, {sql.Id} FROM {sql.From}
            WHERE {sql.Filter.Where(keyset)}
            ORDER BY {orderBy}{sql.Id} ASC
            LIMIT @_limit;
            """;

        using var command = session.Command(text).With("@_limit", (long)page.First + 1);
        foreach (var (name, value) in sql.Filter.Parameters)
            command.With(name, value);
        if (cursor is not null)
        {
            command.With("@_cid", cursor.Id);
            for (var i = 0; i < cursor.Keys.Count; i++)
                command.With($"@_c{i}", cursor.Keys[i]);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var total = reader.GetInt32(0);
        await reader.NextResultAsync(ct);

        var items = new List<PageItem<T>>();
        var hasNext = false;
        while (await reader.ReadAsync(ct))
        {
            if (items.Count == page.First)
            {
                hasNext = true;
                break;
            }

            items.Add(new PageItem<T>(read(reader), CursorOf(reader, sql).Encode()));
        }

        return new Page<T>(items, total, hasNext, HasPreviousPage: cursor is not null);
    }

    private static Cursor CursorOf(SqliteDataReader reader, PagedSql sql)
    {
        var first = reader.FieldCount - sql.Keys.Count - 1;
        var keys = new object?[sql.Keys.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = reader.IsDBNull(first + i) ? null : reader.GetValue(first + i);
        return new Cursor(sql.Order, keys, reader.GetString(reader.FieldCount - 1));
    }

    // Rows strictly after the cursor in (keys..., id) order, nulls after every value. Written as
    // "k >= c AND (k > c OR rest)" rather than "k > c OR (k = c AND rest)" so SQLite can seek an index on k.
    private static string After(PagedSql sql, Cursor cursor, int i)
    {
        if (i == sql.Keys.Count)
            return $"{sql.Id} > @_cid";

        var key = sql.Keys[i];
        var rest = After(sql, cursor, i + 1);
        if (cursor.Keys[i] is null)
            return $"({key.Expression} IS NULL AND {rest})";

        var (from, beyond) = key.Descending ? ("<=", "<") : (">=", ">");
        var after = $"({key.Expression} {from} @_c{i} AND ({key.Expression} {beyond} @_c{i} OR {rest}))";
        return key.Nullable ? $"({after} OR {key.Expression} IS NULL)" : after;
    }
}
