using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests.Bulk;

/// <summary>The bulk writes' positionally bound statements behave as a SqliteCommand does, failures included.</summary>
public sealed class PositionalStatementTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_failed_row_throws_the_SQLite_error_and_the_statement_runs_the_next_row()
    {
        Directory.CreateDirectory(_folder.Path);
        using var connection = _folder.OpenConnection();
        connection.Scalar("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL);");
        using var insert = new PositionalStatement(connection, "INSERT INTO t (id, n) VALUES (@id, @n);");
        int id = insert.Position("@id"), n = insert.Position("@n");

        insert.Text(id, "a");
        insert.Integer(n, 1);
        insert.Run();
        insert.Text(id, "b");
        insert.Integer(n, null);
        var error = Assert.Throws<SqliteException>(insert.Run);
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT, as SqliteErrors expects
        Assert.Contains("NOT NULL", error.Message, StringComparison.Ordinal);
        insert.Text(id, "c");
        insert.Integer(n, 3);
        insert.Run();

        Assert.Equal("a:1,c:3", connection.Scalar("SELECT group_concat(id || ':' || n, ',') FROM (SELECT * FROM t ORDER BY id);"));
    }

    [Fact]
    public void Text_with_two_statements_and_unknown_parameter_names_are_refused()
    {
        Directory.CreateDirectory(_folder.Path);
        using var connection = _folder.OpenConnection();
        connection.Scalar("CREATE TABLE t (id TEXT);");
        Assert.Throws<ArgumentException>(() => new PositionalStatement(connection, "DELETE FROM t; DELETE FROM t;"));
        using var delete = new PositionalStatement(connection, "DELETE FROM t WHERE id = @id;");
        Assert.Throws<ArgumentException>(() => delete.Position("@other"));
    }
}
