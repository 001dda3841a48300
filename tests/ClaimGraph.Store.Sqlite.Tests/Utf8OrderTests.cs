using ClaimGraph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;
using Xunit;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>The contradiction read merges rows SQLite sorted in C#: both must agree on the order of any text.</summary>
public sealed class Utf8OrderTests
{
    [Fact]
    public void Sorts_text_as_SQLite_orders_it_where_ordinal_comparison_does_not()
    {
        // U+FF21 (fullwidth A) sorts before a surrogate pair (U+1F600) in UTF-16, after it in UTF-8 and in SQLite.
        string[] texts = ["a", "ab", "", "b", "\uFF21", "\uD83D\uDE00", "a\uFF21", "a\uD83D\uDE00", "z", "\u00E9", "\uE000", "\uD7FF"];
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (v TEXT)";
            create.ExecuteNonQuery();
        }

        foreach (var text in texts)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t VALUES (@v)";
            insert.Parameters.AddWithValue("@v", text);
            insert.ExecuteNonQuery();
        }

        var bySqlite = new List<string>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT v FROM t ORDER BY v";
            using var reader = select.ExecuteReader();
            while (reader.Read())
                bySqlite.Add(reader.GetString(0));
        }

        Assert.Equal(bySqlite, texts.Order(Utf8Order.Instance));
        Assert.NotEqual(bySqlite, texts.Order(StringComparer.Ordinal));
    }
}
