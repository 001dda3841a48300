using System.Text.Json;
using ClaimGraph.Store.Neo4j.Cypher;
using ClaimGraph.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>
/// Every Cypher statement the store can send (CypherCatalog.All, schema files included) goes through
/// Neo4j's Cypher parser and linter (tests/cypher-lint, npm @neo4j-cypher/language-support).
/// </summary>
public sealed class CypherLintTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Every_statement_the_store_can_send_lints_without_errors()
    {
        var (exitCode, text) = await LintAsync(CypherCatalog.All());

        Assert.True(exitCode == 0, text);
        Assert.Contains($"linted {CypherCatalog.All().Count} statements: 0 errors", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_broken_statement_fails_the_lint()
    {
        var (exitCode, text) = await LintAsync([
            new("fine", "MATCH (a:Actor {id: $id}) RETURN a"),
            new("missing parenthesis", "MATCH (a:Actor {id: $id} RETURN a"),
            new("undefined variable", "MATCH (a:Actor) RETURN b"),
        ]);

        Assert.Equal(1, exitCode);
        Assert.Contains("error missing parenthesis", text, StringComparison.Ordinal);
        Assert.Contains("error undefined variable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("error fine", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_holds_every_schema_statement_and_no_statement_twice_by_name()
    {
        var all = CypherCatalog.All();

        Assert.Equal(all.Count, all.Select(s => s.Key).Distinct().Count());
        Assert.Contains(all, s => s.Value.StartsWith("CREATE FULLTEXT INDEX claimgraph_search", StringComparison.Ordinal));
        Assert.True(all.Count > 50, $"only {all.Count} statements");
    }

    private async Task<(int ExitCode, string Output)> LintAsync(IReadOnlyList<KeyValuePair<string, string>> statements)
    {
        var node = ProcessRunner.FindOnPath("node");
        Skip.If(node is null, "Node.js is not on PATH; the Cypher lint needs it.");
        var directory = Path.Combine(RepositoryRoot.Find(), "tests", "cypher-lint");
        await EnsurePackagesAsync(directory);

        var file = Path.Combine(Path.GetTempPath(), $"claimgraph-cypher-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(statements.Select(s => new { name = s.Key, text = s.Value })));
        try
        {
            // The linter needs about 25 s of CPU for the 92 statements; with the other test projects running on the same
            // two cores that took over 2 minutes once in CI, so the bound only catches a hang, not a slow machine.
            var (exitCode, text) = await ProcessRunner.RunAsync(node!, ["lint.mjs", file], directory, TimeSpan.FromMinutes(10));
            output.WriteLine(text);
            return (exitCode, text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task EnsurePackagesAsync(string directory)
    {
        if (File.Exists(Path.Combine(directory, "node_modules", "@neo4j-cypher", "language-support", "package.json")))
            return;
        var npm = ProcessRunner.FindOnPath("npm") ?? throw new InvalidOperationException("npm is not on PATH; run 'npm ci' in tests/cypher-lint.");
        var (exitCode, text) = await ProcessRunner.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5));
        Assert.True(exitCode == 0, $"npm ci failed in {directory}:\n{text}");
    }
}
