using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Schema;

/// <summary>A migration's C# part, run inside the migration's transaction: it commits with the version or not at all.</summary>
internal delegate Task MigrationStep(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct);
