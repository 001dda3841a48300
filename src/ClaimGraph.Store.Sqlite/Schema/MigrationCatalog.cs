using System.Globalization;
using System.Reflection;

namespace ClaimGraph.Store.Sqlite.Schema;

/// <summary>The migrations embedded from graph-schema/sqlite/NNN_name.sql, in version order.</summary>
internal static class MigrationCatalog
{
    private static readonly Lazy<IReadOnlyList<Migration>> Embedded = new(Load);

    public static IReadOnlyList<Migration> All => Embedded.Value;

    private static List<Migration> Load()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            .Select(name => Read(assembly, name))
            .OrderBy(m => m.Version)
            .ToList();

        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException(
                    $"SQLite migrations must be numbered 1, 2, 3… without gaps or repeats; found '{migrations[i].Name}' at position {i + 1}.");
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string resourceName)
    {
        // Resource names look like "ClaimGraph.Store.Sqlite.Migrations.001_initial.sql".
        var withoutExtension = resourceName[..^".sql".Length];
        var fileName = withoutExtension[(withoutExtension.LastIndexOf('.') + 1)..];
        var digits = new string(fileName.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0)
            throw new InvalidOperationException($"SQLite migration '{resourceName}' must start with its version number, as in 001_initial.sql.");

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded migration '{resourceName}' could not be read.");
        using var reader = new StreamReader(stream);
        var version = int.Parse(digits, CultureInfo.InvariantCulture);
        return new Migration(version, fileName, reader.ReadToEnd(), MigrationSteps.For(version));
    }
}
