using ClaimGraph.Core.Store;
using ClaimGraph.Store.Sqlite.Data;

namespace ClaimGraph.Store.Sqlite.Writes;

/// <summary>Rows of import_checkpoints: where an interrupted bulk import resumes.</summary>
internal static class ImportCheckpoints
{
    public static async Task SaveAsync(Session session, ImportCheckpoint checkpoint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        using var command = session.Command("""
            INSERT INTO import_checkpoints (key, byte_offset, line, file_length, records)
            VALUES (@key, @byte_offset, @line, @file_length, @records)
            ON CONFLICT (key) DO UPDATE SET byte_offset = excluded.byte_offset, line = excluded.line,
                file_length = excluded.file_length, records = excluded.records;
            """)
            .With("@key", checkpoint.Key).With("@byte_offset", checkpoint.ByteOffset).With("@line", checkpoint.Line)
            .With("@file_length", checkpoint.FileLength).With("@records", checkpoint.Records);
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task DeleteAsync(Session session, string key, CancellationToken ct)
    {
        using var command = session.Command("DELETE FROM import_checkpoints WHERE key = @key").With("@key", key);
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<ImportCheckpoint?> GetAsync(Session session, string key, CancellationToken ct)
    {
        using var command = session.Command("SELECT byte_offset, line, file_length, records FROM import_checkpoints WHERE key = @key").With("@key", key);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new ImportCheckpoint(key, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3))
            : null;
    }
}
