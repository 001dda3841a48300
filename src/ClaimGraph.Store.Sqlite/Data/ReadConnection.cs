using ClaimGraph.Store.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Data;

/// <summary>
/// A read connection kept open between store calls together with the commands run on it. Microsoft.Data.Sqlite
/// keeps a command's compiled statements until the command is disposed, and disposes every command of a
/// connection when it closes, so a command cache only pays off on a connection that stays open: then SQLite
/// parses and plans each read's SQL once per connection instead of once per call. SQLite re-prepares a kept
/// statement by itself when the schema changed. Used by one store call at a time.
/// </summary>
internal sealed class ReadConnection(SqliteConnection connection, int generation) : IDisposable
{
    /// <summary>More distinct texts than this (paged reads vary with their filters) start the cache afresh.</summary>
    public const int MaxCommands = 64;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    /// <summary>The pool's generation when this connection opened; an older one is closed rather than pooled again.</summary>
    public int Generation => generation;

    public int CachedCommands => _commands.Count;

    /// <summary>The contradiction read's cache of busy claims' via-link candidates (it checks the data is unchanged).</summary>
    public ViaPrefixCache ViaPrefixes { get; } = new();

    /// <summary>The kept command for <paramref name="sql"/>, its parameters cleared; the caller must not dispose it.</summary>
    public SqliteCommand Prepared(string sql, SqliteTransaction? transaction)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            if (_commands.Count >= MaxCommands)
                DisposeCommands();
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }

    public void Dispose()
    {
        DisposeCommands();
        connection.Dispose();
    }

    private void DisposeCommands()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
        _commands.Clear();
    }
}
