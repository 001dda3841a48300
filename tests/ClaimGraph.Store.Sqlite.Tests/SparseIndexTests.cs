using Microsoft.Data.Sqlite;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>Migration 007's partial indexes serve every read shape on the relay and origin columns.</summary>
public sealed class SparseIndexTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("relayed_through_id", "ix_statements_relayed_through")]
    [InlineData("relayed_by_id", "ix_statements_relayed_by")]
    [InlineData("origin_source_id", "ix_statements_origin_source")]
    public async Task Reads_by_a_relay_or_origin_column_use_its_partial_index(string column, string index)
    {
        using (var store = _folder.OpenStore())
            await store.InitializeAsync();
        using var connection = _folder.OpenConnection();
        Assert.Contains("WHERE", (string)connection.Scalar($"SELECT sql FROM sqlite_master WHERE name = '{index}'")!, StringComparison.Ordinal);
        foreach (var sql in new[]
        {
            $"SELECT id FROM statements WHERE {column} IN (SELECT value FROM json_each(@p)) ORDER BY id",
            $"SELECT count(*) FROM statements WHERE {column} = @p",
            $"""
            SELECT s.id FROM json_each(@p) k CROSS JOIN json_each(@p) st
            JOIN statements s ON s.id IN (SELECT f.id FROM statements f WHERE f.{column} = k.value AND f.stance = st.value ORDER BY f.id LIMIT 5)
            """,
        })
            Assert.Contains(index, Plan(connection, sql), StringComparison.Ordinal);
    }

    private static string Plan(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        command.Parameters.AddWithValue("@p", "[]");
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
            lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }
}
