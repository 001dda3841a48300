using ClaimGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Tests;

/// <summary>A fresh folder under the temp directory, removed with every store opened on it.</summary>
public sealed class TempDataFolder : IDisposable
{
    private readonly List<SqliteClaimStore> _stores = [];

    public TempDataFolder() =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimgraph-tests", Guid.NewGuid().ToString("N"));

    public string Path { get; }

    public string DatabasePath => System.IO.Path.Combine(Path, "claimgraph.db");

    public SqliteClaimStore OpenStore()
    {
        var store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = Path });
        _stores.Add(store);
        return store;
    }

    /// <summary>A plain connection for looking at the file behind the store's back.</summary>
    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
            store.Dispose();
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
