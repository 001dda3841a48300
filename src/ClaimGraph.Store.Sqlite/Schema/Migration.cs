namespace ClaimGraph.Store.Sqlite.Schema;

/// <summary>
/// One forward-only schema step; applying it moves PRAGMA user_version to <see cref="Version"/>. <see cref="Step"/>, when
/// there is one, is work SQL cannot do (such as refolding text in C#); it runs after <see cref="Sql"/> in the same transaction.
/// </summary>
internal sealed record Migration(int Version, string Name, string Sql, MigrationStep? Step = null);
