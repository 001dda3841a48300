using System.Text.RegularExpressions;
using ClaimGraph.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>Runs graphql-http's conformance audit (tests/audit/audit.mjs) against the endpoint on a real Kestrel port.</summary>
public sealed partial class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Endpoint_passes_every_graphql_http_audit()
    {
        var node = ProcessRunner.FindOnPath("node");
        Skip.If(node is null, "Node.js is not on PATH; the graphql-http audit needs it.");
        var auditDirectory = Path.Combine(FindRepositoryRoot(), "tests", "audit");
        await EnsurePackagesAsync(auditDirectory);

        await using var host = await HttpTestHost.StartAsync(kestrel: true);
        await AuditAsync(node!, auditDirectory, host.Address.ToString());
    }

    [SkippableFact]
    public async Task The_real_seeded_service_passes_every_graphql_http_audit()
    {
        var node = ProcessRunner.FindOnPath("node");
        Skip.If(node is null, "Node.js is not on PATH; the graphql-http audit needs it.");
        var auditDirectory = Path.Combine(FindRepositoryRoot(), "tests", "audit");
        await EnsurePackagesAsync(auditDirectory);

        using var app = new Api.ClaimGraphApp();
        var address = app.StartOnKestrel();
        await AuditAsync(node!, auditDirectory, new Uri(address, "/graphql").ToString());
    }

    private async Task AuditAsync(string node, string auditDirectory, string url)
    {
        var (exitCode, text) = await ProcessRunner.RunAsync(node, ["audit.mjs", url], auditDirectory, TimeSpan.FromMinutes(2));
        output.WriteLine(text);

        var lines = text.Split('\n', StringSplitOptions.TrimEntries);
        Assert.DoesNotContain(lines, line => line.StartsWith("warn", StringComparison.Ordinal)
            || line.StartsWith("error", StringComparison.Ordinal)
            || line.StartsWith("notice", StringComparison.Ordinal));
        Assert.Equal(0, exitCode);
        var summary = lines.Select(line => Summary().Match(line)).Single(match => match.Success);
        Assert.Equal(summary.Groups["total"].Value, summary.Groups["ok"].Value);
        Assert.True(int.Parse(summary.Groups["total"].Value) >= 61, text);
    }

    private static async Task EnsurePackagesAsync(string auditDirectory)
    {
        if (File.Exists(Path.Combine(auditDirectory, "node_modules", "graphql-http", "package.json")))
            return;
        var npm = ProcessRunner.FindOnPath("npm") ?? throw new InvalidOperationException("npm is not on PATH; run 'npm ci' in tests/audit.");
        var (exitCode, text) = await ProcessRunner.RunAsync(
            npm, ["ci", "--no-audit", "--no-fund"], auditDirectory, TimeSpan.FromMinutes(5));
        Assert.True(exitCode == 0, $"npm ci failed in {auditDirectory}:\n{text}");
    }

    /// <summary>The folder holding ClaimGraph.sln, found upwards from the test binaries (or CLAIMGRAPH_REPO_ROOT).</summary>
    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable("CLAIMGRAPH_REPO_ROOT") })
        {
            for (var directory = start is null ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ClaimGraph.sln")))
                    return directory.FullName;
            }
        }
        throw new InvalidOperationException("ClaimGraph.sln was not found above the test binaries.");
    }

    [GeneratedRegex(@"^(?<total>\d+) audits: (?<ok>\d+) ok")]
    private static partial Regex Summary();
}
