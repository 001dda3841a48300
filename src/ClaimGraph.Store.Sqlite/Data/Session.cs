using ClaimGraph.Store.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Data;

/// <summary>
/// A connection and, inside a write or a snapshot read, its transaction; every command made here joins it.
/// A read session also has the kept read connection whose prepared commands <see cref="Prepared"/> hands out.
/// </summary>
internal sealed class Session(SqliteConnection connection, SqliteTransaction? transaction, ReadConnection? kept = null) : IDisposable
{
    private Dictionary<string, SqliteCommand>? _reused;

    /// <summary>The session's connection, for work that binds SQLite statements itself (<see cref="PositionalStatement"/>).</summary>
    public SqliteConnection Connection => connection;

    public Session(ReadConnection kept, SqliteTransaction? transaction)
        : this(kept.Connection, transaction, kept)
    {
    }

    public SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Runs SQL that answers nothing (DDL, set-based writes) in the session's transaction.</summary>
    public async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        using var command = Command(sql);
        await command.ExecuteNonQueryAsync(ct);
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

    /// <summary>
    /// A command for constant SQL, already compiled when this connection ran the same text before (in a read
    /// session: kept with the connection across store calls; otherwise: for the rest of the session). Its parameters
    /// are cleared; callers bind theirs and must not dispose it, nor run the same text again while its reader is open.
    /// </summary>
    public SqliteCommand Prepared(string sql) => kept?.Prepared(sql, transaction) ?? Reused(sql);

    /// <summary>The kept read connection's cache for the contradiction read; null outside a read session.</summary>
    public ViaPrefixCache? ViaPrefixes => kept?.ViaPrefixes;

    public void Dispose()
    {
        foreach (var command in _reused?.Values ?? Enumerable.Empty<SqliteCommand>())
            command.Dispose();
        _reused = null;
    }
}
