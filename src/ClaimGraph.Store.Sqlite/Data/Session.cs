using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Data;

/// <summary>A connection and, inside a write, its transaction; every command made here joins it.</summary>
internal sealed class Session(SqliteConnection connection, SqliteTransaction? transaction) : IDisposable
{
    private Dictionary<string, SqliteCommand>? _reused;

    public SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// A command kept for the rest of the session, its parameters cleared: SQLite compiles its SQL once, not
    /// once per row, when a batch runs it row after row. The session disposes it; callers must not.
    /// </summary>
    public SqliteCommand Reused(string sql)
    {
        _reused ??= new(StringComparer.Ordinal);
        if (!_reused.TryGetValue(sql, out var command))
            _reused[sql] = command = Command(sql);
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _reused?.Values ?? Enumerable.Empty<SqliteCommand>())
            command.Dispose();
        _reused = null;
    }
}
