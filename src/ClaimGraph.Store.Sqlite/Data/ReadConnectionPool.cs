using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Data;

/// <summary>
/// Open read connections, each with its prepared commands (see <see cref="ReadConnection"/>), handed to one store
/// call at a time. A call that failed (an error, a cancellation) gives its connection back to be closed, not
/// pooled, so nothing it left behind (an interrupted statement, an open reader) reaches the next call.
/// <see cref="Clear"/> closes the idle ones and makes the busy ones close when they come back: before a
/// connection needs the file to itself, and on disposal.
/// </summary>
internal sealed class ReadConnectionPool(string connectionString, int capacity) : IDisposable
{
    private const int LookasideSlotSize = 1200;
    private const int LookasideSlots = 1000;

    private readonly Lock _lock = new();
    private readonly Stack<ReadConnection> _idle = new();
    private int _generation;
    private bool _disposed;

    public async Task<ReadConnection> RentAsync(CancellationToken ct)
    {
        int generation;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_idle.TryPop(out var idle))
                return idle;
            generation = _generation;
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            WidenLookaside(connection);
            return new ReadConnection(connection, generation);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void Return(ReadConnection connection, bool reusable)
    {
        lock (_lock)
        {
            if (reusable && !_disposed && connection.Generation == _generation && _idle.Count < capacity)
            {
                _idle.Push(connection);
                return;
            }
        }

        connection.Dispose();
    }

    public void Clear()
    {
        ReadConnection[] idle;
        lock (_lock)
        {
            _generation++;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var connection in idle)
            connection.Dispose();
    }

    /// <summary>How many connections wait idle (for tests).</summary>
    public int IdleCount
    {
        get
        {
            lock (_lock)
                return _idle.Count;
        }
    }

    public void Dispose()
    {
        lock (_lock)
            _disposed = true;
        Clear();
    }

    /// <summary>
    /// SQLite serves a connection's small allocations from its lookaside buffer (about 120 KB by default), and a
    /// prepared statement keeps the slots it took for as long as it lives. With a dozen statements kept per connection
    /// the buffer stays full and every query's allocations fall through to malloc: search cost 20% more CPU and the claim
    /// read gave back most of what kept statements save. 1,000 slots of 1,200 bytes (1.2 MB a connection) leave room for both. Set right after
    /// opening, while no slot is in use; should SQLite refuse, the connection keeps the default.
    /// </summary>
    private static void WidenLookaside(SqliteConnection connection)
    {
        const int SqliteDbConfigLookaside = 1001;
        _ = SQLitePCL.raw.sqlite3_db_config(connection.Handle, SqliteDbConfigLookaside, IntPtr.Zero, LookasideSlotSize, LookasideSlots);
    }
}
