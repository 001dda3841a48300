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
}
