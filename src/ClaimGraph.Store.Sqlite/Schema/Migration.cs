namespace ClaimGraph.Store.Sqlite.Schema;

/// <summary>One forward-only schema step; applying it moves PRAGMA user_version to <see cref="Version"/>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
