using Microsoft.Data.Sqlite;
using Xunit;

namespace ClaimGraph.Server.Tests.Crash;

/// <summary>Looks at a data folder's SQLite file directly, behind the service's back.</summary>
public static class DatabaseFile
{
    public static SqliteConnection Open(string dataDirectory)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "claimgraph.db"),
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    public static long Scalar(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<string> Strings(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    /// <summary>Nothing half-written: SQLite's own checks pass and every statement's actor, claim and source exist.</summary>
    public static void AssertIntact(string dataDirectory)
    {
        using var connection = Open(dataDirectory);
        Assert.Equal(["ok"], connection.Strings("PRAGMA integrity_check"));
        Assert.Empty(connection.Strings("SELECT \"table\" FROM pragma_foreign_key_check"));
        Assert.Equal(0, connection.Scalar("""
            SELECT count(*) FROM statements s
            WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = s.actor_id)
               OR NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = s.claim_id)
               OR NOT EXISTS (SELECT 1 FROM sources so WHERE so.id = s.source_id)
            """));
        Assert.Equal(0, connection.Scalar("""
            SELECT count(*) FROM statements s WHERE s.quote IS NOT NULL AND trim(s.quote) <> ''
               AND NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.kind = 'Statement' AND d.node_id = s.id)
            """));
    }
}
