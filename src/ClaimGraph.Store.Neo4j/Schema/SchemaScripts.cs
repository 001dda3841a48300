using System.Reflection;

namespace ClaimGraph.Store.Neo4j.Schema;

/// <summary>The statements of graph-schema/neo4j/*.cypher (embedded), in file order; "//" comments dropped, split at a ';' that ends a line.</summary>
public static class SchemaScripts
{
    public static IReadOnlyList<string> All { get; } = Load();

    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                continue;
            var end = line.TrimEnd().EndsWith(';');
            current.Add(end ? line.TrimEnd()[..^1] : line);
            if (!end)
                continue;
            statements.Add(string.Join('\n', current).Trim());
            current.Clear();
        }

        var rest = string.Join('\n', current).Trim();
        if (rest.Length > 0)
            statements.Add(rest);
        return statements.Where(s => s.Length > 0).ToList();
    }

    private static List<string> Load()
    {
        var assembly = typeof(SchemaScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".cypher", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(n => Split(Read(assembly, n)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
