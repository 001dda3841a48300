using ClaimGraph.Core.Auditing;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Auditing;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Paging;
using ClaimGraph.Store.Sqlite.Queries;
using ClaimGraph.Store.Sqlite.Records;
using ClaimGraph.Store.Sqlite.Schema;
using ClaimGraph.Store.Sqlite.Search;
using ClaimGraph.Store.Sqlite.Terms;
using ClaimGraph.Store.Sqlite.Writes;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Each read takes a connection of its own (kept open
/// with its prepared statements between reads, see <see cref="ReadConnectionPool"/>), so
/// reads run alongside the single writer; writes are serialised in-process and, across processes,
/// by SQLite's write lock (BEGIN IMMEDIATE).
/// </summary>
public sealed class SqliteClaimStore : IClaimStore, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ICurrentPrincipal _principal = SystemPrincipal.Instance;
    private readonly TimeProvider _clock = TimeProvider.System;
    private readonly TermCountCache _termCounts = new();

    // While a bulk phase runs: the only connection to the file (see BeginBulkPhaseAsync); writes go through it, reads are refused.
    private SqliteConnection? _bulk;

    // While a bulk phase runs: the terms of the claims its batches have committed, derived on another thread.
    private ClaimTermBuffer? _bulkTerms;

    public SqliteClaimStore(SqliteStoreOptions options)
        : this(options, MigrationCatalog.All)
    {
    }

    /// <summary>A store that stamps writes with <paramref name="principal"/>'s name at <paramref name="clock"/>'s time.</summary>
    public SqliteClaimStore(SqliteStoreOptions options, ICurrentPrincipal principal, TimeProvider clock)
        : this(options, MigrationCatalog.All)
    {
        _principal = principal ?? throw new ArgumentNullException(nameof(principal));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    internal SqliteClaimStore(SqliteStoreOptions options, IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = new SqliteDatabase(options, migrations);
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => _database.Path;

    /// <summary>Read connections kept open between calls with their prepared statements (for tests).</summary>
    internal int IdleReadConnections => _database.IdleReadConnections;

    /// <summary>Opens the file and migrates it now rather than on first use, so startup reports a bad database at once.</summary>
    public Task InitializeAsync(CancellationToken ct = default) => ReadAsync(_ => Task.FromResult(true), ct);

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ReadAsync(s => RecordReads.ActorsAsync(s, ids, ct), ct);

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ReadAsync(s => RecordReads.ClaimsAsync(s, ids, ct), ct);

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ReadAsync(s => RecordReads.SourcesAsync(s, ids, ct), ct);

    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ReadAsync(s => RecordReads.StatementsAsync(s, ids, ct), ct);

    public Task<IReadOnlyList<Statement>> GetStatementsByAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, CancellationToken ct = default) =>
        ReadAsync(s => RecordReads.StatementsByAsync(s, edge, keys, ct), ct);

    public Task<IReadOnlyList<Statement>> GetFirstStatementsByAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance>? stances, int limitPerKey, CancellationToken ct = default) =>
        ReadAsync(s => StatementLimitQueries.FirstByAsync(s, edge, keys, stances, limitPerKey, ct), ct);

    public Task<IReadOnlyList<Statement>> GetFirstStatementsByStanceAsync(
        StatementEdge edge, IReadOnlyCollection<string> keys, IReadOnlyCollection<Stance> stances, int limitPerKeyAndStance, CancellationToken ct = default) =>
        ReadAsync(s => StatementLimitQueries.FirstByStanceAsync(s, edge, keys, stances, limitPerKeyAndStance, ct), ct);

    public Task<IReadOnlyList<ClaimStanceActor>> GetClaimStanceActorsAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct = default) =>
        ReadAsync(s => StatementLimitQueries.ClaimStanceActorsAsync(s, claimIds, ct), ct);

    public Task<IReadOnlyList<ClaimLink>> GetClaimLinksAsync(IReadOnlyCollection<string> claimIds, CancellationToken ct = default) =>
        ReadAsync(s => RecordReads.ClaimLinksAsync(s, claimIds, ct), ct);

    public Task<IReadOnlyList<Actor>> GetAffiliatesAsync(IReadOnlyCollection<string> actorIds, CancellationToken ct = default) =>
        ReadAsync(s => RecordReads.AffiliatesAsync(s, actorIds, ct), ct);

    public Task<IReadOnlyList<Contradiction>> GetContradictionsAsync(
        IReadOnlyCollection<string> actorIds, ContradictionDirection direction, int limitPerActor, CancellationToken ct = default) =>
        ReadAsync(s => Task.FromResult(ContradictionQuery.Run(s, actorIds, [direction], limitPerActor, ct)[0]), ct, snapshot: true);

    public Task<IReadOnlyList<IReadOnlyList<Contradiction>>> GetContradictionsEachWayAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyList<ContradictionDirection> directions, int limitPerActor, CancellationToken ct = default) =>
        ReadAsync(s => Task.FromResult(ContradictionQuery.Run(s, actorIds, directions, limitPerActor, ct)), ct, snapshot: true);

    public Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default) =>
        PageAsync(ActorQueries.Build(query, page.Order), page, ActorRows.Read, ct);

    public Task<Page<Claim>> QueryClaimsAsync(ClaimQuery query, PageRequest page, CancellationToken ct = default) =>
        PageAsync(ClaimQueries.Build(query, page.Order), page, ClaimRows.Read, ct);

    public Task<Page<Source>> QuerySourcesAsync(SourceQuery query, PageRequest page, CancellationToken ct = default) =>
        PageAsync(SourceQueries.Build(query, page.Order), page, SourceRows.Read, ct);

    public Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default) =>
        PageAsync(StatementQueries.Build(query, page.Order), page, r => StatementRows.Read(r), ct);

    public Task<Page<ContestedClaim>> QueryContestedClaimsAsync(PageRequest page, CancellationToken ct = default) =>
        PageAsync(ContestedClaimsQuery.Build(), page, ContestedClaimsQuery.Read, ct);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text, IReadOnlyCollection<NodeKind> kinds, int limit, CancellationToken ct = default) =>
        ReadAsync(s => SearchQuery.RunAsync(s, text, kinds, limit, _database.Totals, ct), ct);

    public Task<IReadOnlyList<IReadOnlyList<SearchHit>>> SearchEachAsync(
        IReadOnlyList<string> texts, IReadOnlyCollection<NodeKind> kinds, int limit, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<IReadOnlyList<SearchHit>>>(async s =>
        {
            var results = new List<IReadOnlyList<SearchHit>>(texts.Count);
            foreach (var text in texts)
                results.Add(await SearchQuery.RunAsync(s, text, kinds, limit, _database.Totals, ct));
            return results;
        }, ct);

    public Task<IReadOnlyList<SearchHit>> SearchAnyAsync(
        IReadOnlyList<string> texts, IReadOnlyCollection<NodeKind> kinds, int limit, int documentBudget, CancellationToken ct = default) =>
        ReadAsync(s => SearchAnyQuery.RunAsync(s, texts, kinds, limit, documentBudget, ct), ct);

    public Task<IReadOnlyList<Actor>> ActorsNamedAsync(IReadOnlyCollection<string> names, CancellationToken ct = default) =>
        ReadAsync(s => ActorNameQuery.RunAsync(s, names, ct), ct);

    public Task<IReadOnlyList<int>?> CountMatchesAsync(IReadOnlyList<string> texts, int cap, CancellationToken ct = default) =>
        ReadAsync(s => TermCountQuery.RunAsync(s, texts, cap, _database.Totals, _termCounts, ct), ct);

    public Task<ClaimTermCounts?> CountClaimTermsAsync(IReadOnlyList<string> terms, CancellationToken ct = default) =>
        ReadAsync(s => ClaimTermQueries.CountAsync(s, terms, _database.Totals, ct), ct);

    public Task<IReadOnlyList<string>> ClaimsWithTermsAsync(IReadOnlyList<ClaimTermProbe> probes, double minScore, int perProbe, CancellationToken ct = default) =>
        ReadAsync(s => ClaimTermQueries.HoldersAsync(s, probes, minScore, perProbe, ct), ct);

    public Task<GraphCounts> CountAsync(CancellationToken ct = default) =>
        ReadAsync(s => CountQuery.RunAsync(s, ct), ct);

    public Task<IReadOnlyList<StatementCount>> CountStatementsAsync(
        StatementQuery filter, StatGrouping by, TimeBucket bucket, CancellationToken ct = default) =>
        ReadAsync(s => StatementStatsQuery.CountAsync(s, filter, by, bucket, ct), ct);

    public Task<IReadOnlyList<StanceCount>> CountStancesAsync(StatementQuery filter, CancellationToken ct = default) =>
        ReadAsync(s => StatementStatsQuery.CountStancesAsync(s, filter, ct), ct);
    public Task<ImportCheckpoint?> GetImportCheckpointAsync(string key, CancellationToken ct = default) =>
        ReadAsync(s => ImportCheckpoints.GetAsync(s, key, ct), ct);

    public Task<T> WriteAsync<T>(Func<IClaimWriter, Task<T>> work, CancellationToken ct = default) =>
        WriteAsync(work, referencesChecked: false, ct);

    /// <summary>
    /// During a bulk phase, the transaction runs with foreign-key enforcement off (each statement row cost three to six
    /// look-ups by text key, about a tenth of a bulk import's CPU); the caller checks the references itself before its work
    /// returns (see <see cref="IClaimStore.WriteWithCheckedReferencesAsync{T}"/>). Only this call's transaction: the pragma
    /// is per connection and set back before the next write. Outside a phase, the same as <see cref="WriteAsync{T}(Func{IClaimWriter, Task{T}}, CancellationToken)"/>.
    /// </summary>
    public Task<T> WriteWithCheckedReferencesAsync<T>(Func<IClaimWriter, Task<T>> work, CancellationToken ct = default) =>
        WriteAsync(work, referencesChecked: true, ct);

    private async Task<T> WriteAsync<T>(Func<IClaimWriter, Task<T>> work, bool referencesChecked, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        // Read before waiting for the lock: the principal is the caller's (an ambient per request).
        var principal = _principal.Name;
        await _writeLock.WaitAsync(ct);
        try
        {
            var bulk = _bulk;
            await using var owned = bulk is null ? await _database.OpenAsync(ct) : null;
            var connection = bulk ?? owned!;
            var unenforced = bulk is not null && referencesChecked;
            if (unenforced)
                await BulkPhase.ForeignKeysAsync(connection, on: false, ct);
            try
            {
                using var transaction = Translated(() => connection.BeginTransaction(deferred: false));
                using var session = new Session(connection, transaction);
                var writer = new SqliteClaimWriter(session, _database.Path, principal, _clock.GetUtcNow(), ct, bulkPhase: bulk is not null);
                try
                {
                    var result = await work(writer);
                    await CommitAsync(session, transaction, ct);
                    if (bulk is not null && _bulkTerms is { } terms)
                    {
                        if (writer.ClaimsWrittenOneByOne)
                            terms.Invalidate();
                        else
                            terms.Committed(writer.BatchedClaims);
                    }

                    return result;
                }
                finally
                {
                    writer.Close();
                }
            }
            finally
            {
                // After the transaction has ended (committed or rolled back): SQLite ignores the pragma inside one.
                if (unenforced)
                    await BulkPhase.ForeignKeysAsync(connection, on: true, CancellationToken.None);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Starts a bulk phase (see <see cref="BulkPhase"/>) when this store is the only one with the file
    /// open and <paramref name="records"/> is at least a quarter of the statements stored (the rebuild at
    /// the end costs about as much as indexing everything stored once); otherwise answers false and writes
    /// keep every index and trigger live. From here until
    /// <see cref="EndBulkPhaseAsync"/> this store holds SQLite's exclusive lock: other processes (a
    /// running service included) cannot read or write the file, they wait their busy timeout and report
    /// the store unavailable, so nobody ever reads the store with its indexes dropped or derived tables stale.
    /// </summary>
    public async Task<bool> BeginBulkPhaseAsync(long records, CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            if (_bulk is not null)
                return true;
            if (await _database.OpenExclusiveAsync(ct) is not var (connection, transaction))
                return false;
            var entered = false;
            try
            {
                var session = new Session(connection, transaction);
                if (records * 4 >= await BulkPhase.StoredStatementsAsync(session, ct))
                {
                    await BulkPhase.EnterAsync(session, ct);
                    await transaction.CommitAsync(ct);
                    entered = true;
                    await BulkPhase.UseRollbackJournalAsync(connection, ct);
                    await BulkPhase.StatementJournalsInMemoryAsync(connection, inMemory: true, ct);
                }
            }
            finally
            {
                transaction.Dispose();
                if (!entered)
                    await connection.DisposeAsync();
            }

            _bulk = entered ? connection : null;
            _bulkTerms = entered ? new ClaimTermBuffer() : null;
            return entered;
        }
        catch (SqliteException e) when (SqliteErrors.IsTranslatable(e))
        {
            throw SqliteErrors.Translate(e, _database.Path);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Rebuilds what the bulk phase deferred, in one transaction, and gives the file back to other connections.</summary>
    public async Task EndBulkPhaseAsync(CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        var connection = _bulk;
        var terms = _bulkTerms;
        _bulk = null;
        _bulkTerms = null;
        try
        {
            if (connection is null)
                return;
            await BulkPhase.StatementJournalsInMemoryAsync(connection, inMemory: false, ct);
            using var transaction = connection.BeginTransaction(deferred: false);
            await BulkPhase.FinishAsync(new Session(connection, transaction), terms, ct);
            await transaction.CommitAsync(ct);
            await BulkPhase.UseWriteAheadLogAsync(connection, ct);
        }
        catch (SqliteException e) when (SqliteErrors.IsTranslatable(e))
        {
            throw SqliteErrors.Translate(e, _database.Path);
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
                _database.Invalidate(); // if finishing failed, the next open finishes the phase
            }

            _writeLock.Release();
        }
    }

    public Task<IReadOnlyList<WriteStamp>> GetWriteStampsAsync(NodeKind kind, IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ReadAsync(s => WriteStamps.ReadAsync(s, kind, ids, ct), ct);

    public void Dispose()
    {
        _bulk?.Dispose(); // a phase left unfinished is finished by the next open
        _bulk = null;
        _bulkTerms?.Invalidate();
        _bulkTerms = null;
        _database.Dispose();
        _writeLock.Dispose();
    }

    // Foreign keys are deferred, so dangling references surface here; the transaction is still
    // open after a failed COMMIT, which lets us ask SQLite which rows dangle before rolling back.
    private async Task CommitAsync(Session session, SqliteTransaction transaction, CancellationToken ct)
    {
        try
        {
            await transaction.CommitAsync(ct);
        }
        catch (SqliteException e) when (SqliteErrors.IsConstraint(e))
        {
            throw new StoreConstraintException(await ForeignKeyViolations.DescribeAsync(session, ct), e);
        }
        catch (SqliteException e) when (SqliteErrors.IsTranslatable(e))
        {
            throw SqliteErrors.Translate(e, _database.Path);
        }
    }

    private Task<Page<T>> PageAsync<T>(PagedSql sql, PageRequest page, Func<SqliteDataReader, T> read, CancellationToken ct) =>
        ReadAsync(s => PageRunner.RunAsync(s, sql, page, read, _database.Totals, ct), ct, snapshot: true);

    // snapshot: run inside a read transaction so that several statements see the same data (count and page).
    private async Task<T> ReadAsync<T>(Func<Session, Task<T>> read, CancellationToken ct, bool snapshot = false)
    {
        // Like any other process's, reads here wait for the phase to end rather than see derived data not yet rebuilt.
        if (_bulk is not null)
            throw new StoreUnavailableException($"A bulk import is writing the ClaimGraph database at '{_database.Path}'; reads resume when it has rebuilt its indexes.");
        var connection = await _database.RentForReadAsync(ct);
        var succeeded = false;
        try
        {
            T result;
            if (!snapshot)
            {
                result = await read(new Session(connection, null));
            }
            else
            {
                using var transaction = connection.Connection.BeginTransaction(deferred: true);
                result = await read(new Session(connection, transaction));
                await transaction.CommitAsync(ct);
            }

            succeeded = true;
            return result;
        }
        catch (SqliteException e) when (SqliteErrors.IsTranslatable(e))
        {
            throw SqliteErrors.Translate(e, _database.Path);
        }
        finally
        {
            // A failed or cancelled call's connection is closed, not pooled: nothing it left half done reaches the next call.
            _database.ReturnRead(connection, succeeded);
        }
    }

    private T Translated<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e) when (SqliteErrors.IsTranslatable(e))
        {
            throw SqliteErrors.Translate(e, _database.Path);
        }
    }
}
