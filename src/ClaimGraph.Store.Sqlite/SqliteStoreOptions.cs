namespace ClaimGraph.Store.Sqlite;

public sealed class SqliteStoreOptions
{
    /// <summary>Folder holding the database file; created when missing.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    public string FileName { get; set; } = "claimgraph.db";

    /// <summary>How long a statement waits for another process's lock before the store reports itself unavailable.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, FileName));
}
