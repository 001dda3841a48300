using System.Globalization;
using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Paging;

/// <summary>
/// Runs a <see cref="PagedSql"/>: one page after the cursor and, when asked for, the filtered total, both in
/// the caller's read transaction so they see the same data. Counting a prolific actor's statements costs far
/// more than its page, so the total is skipped when not asked for and otherwise reused from
/// <see cref="CountCache"/> while the database is unchanged.
/// </summary>
internal static class PageRunner
{
    public static async Task<Page<T>> RunAsync<T>(
        Session session, PagedSql sql, PageRequest page, Func<SqliteDataReader, T> read, CountCache counts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(counts);
        if (page.First < 0)
            throw ClaimGraphException.Invalid("first", "'first' must be zero or more.");

        var cursor = page.After is null ? null : Cursor.Decode(page.After, sql.Order, sql.Keys.Count);
        var keyset = cursor is null ? [] : new[] { After(sql, cursor, 0) };
        var keyColumns = string.Concat(sql.Keys.Select(k => $", {k.Expression}"));
        var orderBy = string.Concat(sql.Keys.Select(k => $"{k.Expression} {(k.Descending ? "DESC" : "ASC")} NULLS LAST, "));

        // The version before the page's read begins its snapshot and after: equal, nothing was committed
        // in between, so the snapshot is the data of that version and a total kept for it is this page's.
        var before = page.CountTotal ? counts.Version() : null;
        var text = $"""
            {sql.With} SELECT {sql.Columns}{keyColumns}, {sql.Id} FROM {sql.From}
            WHERE {sql.Filter.Where(keyset)}
            ORDER BY {orderBy}{sql.Id} ASC
            LIMIT @_limit;
            """;

        var items = new List<PageItem<T>>();
        var hasNext = false;
        { // the page's reader is closed before the total runs
            var command = session.Prepared(text).With("@_limit", (long)page.First + 1);
            WithFilter(command, sql);
            if (cursor is not null)
            {
                command.With("@_cid", cursor.Id);
                for (var i = 0; i < cursor.Keys.Count; i++)
                    command.With($"@_c{i}", cursor.Keys[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (items.Count == page.First)
                {
                    hasNext = true;
                    break;
                }

                items.Add(new PageItem<T>(read(reader), CursorOf(reader, sql).Encode()));
            }
        }

        var total = page.CountTotal ? await TotalAsync(session, sql, counts, before, ct) : -1;
        return new Page<T>(items, total, hasNext, HasPreviousPage: cursor is not null);
    }

    private static async Task<int> TotalAsync(Session session, PagedSql sql, CountCache counts, long? before, CancellationToken ct)
    {
        var command = session.Prepared($"{sql.With} SELECT COUNT(*) FROM {sql.From} WHERE {sql.Filter.Where()};");
        WithFilter(command, sql);
        var key = CacheKey(command.CommandText, sql);
        var after = counts.Version();
        var stable = before is not null && before == after;
        if (stable && counts.TryGet(key, after!.Value, out var cached))
            return cached;

        var total = Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        if (stable)
            counts.Set(key, after!.Value, total);
        return total;
    }

    // Each value with its type, in a lossless form ("O" keeps a time's fractions), and length-prefixed so
    // that no text typed into a filter can make two queries' keys equal.
    private static string CacheKey(string countSql, PagedSql sql)
    {
        var key = new System.Text.StringBuilder(countSql);
        foreach (var (name, value) in sql.Filter.Parameters)
        {
            var text = value switch
            {
                null => "",
                DateTime or DateTimeOffset => ((IFormattable)value).ToString("O", CultureInfo.InvariantCulture),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };
            key.Append('\n').Append(name).Append('=').Append(value?.GetType().Name ?? "null")
                .Append(':').Append(text.Length).Append(':').Append(text);
        }

        return key.ToString();
    }

    private static void WithFilter(SqliteCommand command, PagedSql sql)
    {
        foreach (var (name, value) in sql.Filter.Parameters)
            command.With(name, value);
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
