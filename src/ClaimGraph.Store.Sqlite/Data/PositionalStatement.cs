using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ClaimGraph.Store.Sqlite.Data;

/// <summary>
/// One SQL statement compiled on an open connection and run row after row, its values bound by position.
/// For the bulk writes' inner loops: a SqliteCommand looks every parameter up by name, inspects and boxes
/// each value and walks its statement list on every execution, which cost about as much as SQLite's own
/// work for a statement row. Runs in whatever transaction the connection has open; a failure surfaces as
/// the same <see cref="SqliteException"/> a SqliteCommand throws. Dispose before the connection closes.
/// </summary>
internal sealed class PositionalStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public PositionalStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.Handle ?? throw new InvalidOperationException("The connection must be open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement, out string tail), _db);
        if (!string.IsNullOrWhiteSpace(tail))
        {
            _statement.Dispose();
            throw new ArgumentException("A positional statement runs one SQL statement; this text has more.", nameof(sql));
        }
    }

    /// <summary>The position of a named parameter (such as "@id"); the same for every place the name appears.</summary>
    public int Position(string name)
    {
        var position = raw.sqlite3_bind_parameter_index(_statement, name);
        return position > 0 ? position : throw new ArgumentException($"The statement has no parameter '{name}'.", nameof(name));
    }

    public void Text(int position, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, position) : raw.sqlite3_bind_text(_statement, position, value));

    /// <summary>Binds text already encoded as UTF-8 (no conversion per bind: for a value bound to many rows).</summary>
    public void Utf8(int position, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_text(_statement, position, value));

    public void Integer(int position, long? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, position) : raw.sqlite3_bind_int64(_statement, position, value.Value));

    /// <summary>Runs the statement once with the values bound, then clears them for the next row.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_statement);
        try
        {
            if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
                SqliteException.ThrowExceptionForRC(rc, _db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
