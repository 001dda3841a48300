using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Tests;

internal static class SqliteConnectionExtensions
{
    public static object? Scalar(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
