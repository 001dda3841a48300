namespace ClaimGraph.Store.Neo4j.Tests;

internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("ClaimGraph.sln not found above the test output folder.");
    }
}
