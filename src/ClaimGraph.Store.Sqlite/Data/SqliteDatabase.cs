using System.Globalization;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Paging;
using ClaimGraph.Store.Sqlite.Schema;
using ClaimGraph.Store.Sqlite.Writes;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Data;

/// <summary>
/// Opens configured connections to one database file, migrating it on first use. Connections come
/// from Microsoft.Data.Sqlite's pool, so a connection per operation is cheap; per-connection
/// settings are applied on every open because a pooled connection may be fresh.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private readonly SqliteStoreOptions _options;
    private readonly IReadOnlyList<Migration> _migrations;
    private readonly string _connectionString;
    private readonly string _exclusiveConnectionString;
    private readonly string _pragmas;
    // More idle read connections than requests run at once under load; each holds its page cache and prepared statements.
    private const int MaxIdleReads = 32;

    private readonly SemaphoreSlim _initLock = new(1, 1);
    private readonly ReadConnectionPool _reads;
    private volatile bool _ready;

    public SqliteDatabase(SqliteStoreOptions options, IReadOnlyList<Migration> migrations)
    {
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
            throw new ArgumentException("SqliteStoreOptions.DataDirectory must name a folder.", nameof(options));
        if (string.IsNullOrWhiteSpace(options.FileName))
            throw new ArgumentException("SqliteStoreOptions.FileName must not be empty.", nameof(options));

        _options = options;
        _migrations = migrations;
        Path = options.DatabasePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)options.BusyTimeout.TotalSeconds),
        }.ToString();
        _exclusiveConnectionString = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false, DefaultTimeout = 1 }.ToString();
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {(int)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL;");
        Totals = new CountCache(_connectionString);
        // Not pooled by the driver: the read pool keeps these open itself, and closing one must really close it.
        _reads = new ReadConnectionPool(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString(), MaxIdleReads);
    }

    public string Path { get; }

    /// <summary>Page totals kept while the database is unchanged (its probe connection opens on first use, after migration).</summary>
    public CountCache Totals { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        if (!_ready)
            await InitializeAsync(ct);
        return await OpenConfiguredAsync(ct);
    }

    /// <summary>
    /// For reads only: a connection kept open with its prepared commands (see <see cref="ReadConnectionPool"/>); give it
    /// back with <see cref="ReturnRead"/>. It skips the per-connection PRAGMAs, which matter only to writes (foreign
    /// keys, synchronous) or are covered by the driver's own busy retry; writes never use these connections.
    /// </summary>
    public async Task<ReadConnection> RentForReadAsync(CancellationToken ct)
    {
        if (!_ready)
            await InitializeAsync(ct);
        try
        {
            return await _reads.RentAsync(ct);
        }
        catch (SqliteException e)
        {
            throw new StoreUnavailableException($"Could not open the ClaimGraph database at '{Path}': {e.Message}", e);
        }
    }

    /// <summary>Pools <paramref name="connection"/> again when its call succeeded (<paramref name="reusable"/>), else closes it.</summary>
    public void ReturnRead(ReadConnection connection, bool reusable) => _reads.Return(connection, reusable);

    /// <summary>Read connections waiting idle (for tests).</summary>
    internal int IdleReadConnections => _reads.IdleCount;

    /// <summary>
    /// A connection of its own (never pooled) in EXCLUSIVE locking mode, holding the write lock in an
    /// open IMMEDIATE transaction; null when another connection, in this process or another, has the
    /// file open. Until it is closed no other connection can read or write the file: they wait their
    /// busy timeout and report the store unavailable.
    /// </summary>
    public async Task<(SqliteConnection Connection, SqliteTransaction Transaction)?> OpenExclusiveAsync(CancellationToken ct)
    {
        if (!_ready)
            await InitializeAsync(ct);
        _reads.Clear();
        using (var pooled = new SqliteConnection(_connectionString))
            SqliteConnection.ClearPool(pooled);
        var connection = new SqliteConnection(_exclusiveConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            using (var command = connection.CreateCommand())
            {
                // FULL: each batch's commit (with its checkpoint, acknowledged in the progress output) is on disk
                // before the import goes on, power loss included; one WAL sync per batch is cheap at this size.
                command.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA locking_mode = EXCLUSIVE; PRAGMA busy_timeout = 200; PRAGMA threads = 2;";
                await command.ExecuteNonQueryAsync(ct);
            }

            return (connection, connection.BeginTransaction(deferred: false));
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            await connection.DisposeAsync();
            return null;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Makes the next open check the file again (migrations, an unfinished bulk phase).</summary>
    public void Invalidate() => _ready = false;

    public void Dispose()
    {
        _reads.Dispose();
        Totals.Dispose();
        using (var connection = new SqliteConnection(_connectionString))
            SqliteConnection.ClearPool(connection);
        _initLock.Dispose();
    }

    private async Task InitializeAsync(CancellationToken ct)
    {
        await _initLock.WaitAsync(ct);
        try
        {
            if (_ready)
                return;

            CreateDirectory();
            await using var connection = await OpenConfiguredAsync(ct);
            try
            {
                await BulkPhase.FinishPendingAsync(connection, ct);
                await new SchemaMigrator(_migrations, Path).MigrateAsync(connection, ct);
            }
            catch (SqliteException e)
            {
                throw new StoreUnavailableException($"Could not prepare the ClaimGraph database at '{Path}': {e.Message}", e);
            }

            _ready = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    private void CreateDirectory()
    {
        try
        {
            Directory.CreateDirectory(_options.DataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"Could not create the data folder '{_options.DataDirectory}': {e.Message}", e);
        }
    }

    private async Task<SqliteConnection> OpenConfiguredAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new StoreUnavailableException($"Could not open the ClaimGraph database at '{Path}': {e.Message}", e);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
