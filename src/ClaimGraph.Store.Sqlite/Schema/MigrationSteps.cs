using ClaimGraph.Store.Sqlite.Search;
using ClaimGraph.Store.Sqlite.Terms;

namespace ClaimGraph.Store.Sqlite.Schema;

/// <summary>The C# parts of migrations, by version; each version still has its NNN_name.sql (which may hold only a comment).</summary>
internal static class MigrationSteps
{
    private static readonly Dictionary<int, MigrationStep> ByVersion = new()
    {
        [8] = SearchRefold.RunAsync,
        [9] = ClaimTermFill.RunAsync,
    };

    public static MigrationStep? For(int version) => ByVersion.GetValueOrDefault(version);
}
