namespace ClaimGraph.Server.Cli;

/// <summary>
/// `dotnet run --project src/ClaimGraph.Server` runs in the project's folder, so a path given relative
/// to the repository (seeds/x.txt) is looked for in the current folder first, then in its ancestors.
/// </summary>
internal static class CliPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path))
            return path;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (File.Exists(candidate) || Directory.Exists(candidate))
                return candidate;
        }

        return path;
    }
}
