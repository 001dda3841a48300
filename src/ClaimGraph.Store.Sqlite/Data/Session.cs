using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Data;

/// <summary>A connection and, inside a write, its transaction; every command made here joins it.</summary>
internal sealed class Session(SqliteConnection connection, SqliteTransaction? transaction)
{
    public SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
