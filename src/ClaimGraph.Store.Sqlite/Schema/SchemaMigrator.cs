using System.Globalization;
using ClaimGraph.Core.Store;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Schema;

/// <summary>
/// Brings a database up to the newest migration. Each step runs in its own BEGIN IMMEDIATE
/// transaction and re-reads the version once it holds the write lock, so two processes starting
/// together apply every step exactly once. A database newer than this code is refused.
/// </summary>
internal sealed class SchemaMigrator(IReadOnlyList<Migration> migrations, string databasePath)
{
    public int LatestVersion => migrations.Count == 0 ? 0 : migrations[^1].Version;

    public async Task MigrateAsync(SqliteConnection connection, CancellationToken ct)
    {
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", ct);

        var version = await ReadVersionAsync(connection, null, ct);
        RefuseNewer(version);

        foreach (var migration in migrations.Where(m => m.Version > version))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = await ReadVersionAsync(connection, transaction, ct);
            RefuseNewer(current);
            if (current >= migration.Version)
                continue;

            await ExecuteAsync(connection, transaction, migration.Sql, ct);
            if (migration.Step is not null)
                await migration.Step(connection, transaction, ct);
            await ExecuteAsync(connection, transaction,
                string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {migration.Version};"), ct);
            await transaction.CommitAsync(ct);
        }
    }

    private void RefuseNewer(long version)
    {
        if (version > LatestVersion)
            throw new StoreUnavailableException(
                $"The database at '{databasePath}' has schema version {version}, newer than the {LatestVersion} this build of ClaimGraph knows. " +
                "Run a newer ClaimGraph against it, or point DataDirectory at another folder.");
    }

    private static async Task<long> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        command.Transaction = transaction;
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(ct);
    }
}
