using System.Text.Json.Nodes;
using ClaimGraph.Server.Tests.Api;
using ClaimGraph.Server.Tests.Http;
using ClaimGraph.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ClaimGraph.Server.Tests.WebSockets;

/// <summary>The npm graphql-ws client (tests/ws-client/subscribe.mjs) subscribes, records statements over HTTP, and gets them.</summary>
public sealed class GraphQLWsClientTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task The_graphql_ws_client_receives_a_statement_recorded_over_http()
    {
        var node = ProcessRunner.FindOnPath("node");
        Skip.If(node is null, "Node.js is not on PATH; the graphql-ws client test needs it.");
        var directory = Path.Combine(RepositoryRoot.Path, "tests", "ws-client");
        await EnsurePackagesAsync(directory);

        using var app = new ClaimGraphApp();
        var address = app.StartOnKestrel();
        var (exitCode, text) = await ProcessRunner.RunAsync(node!, ["subscribe.mjs", new Uri(address, "/graphql").ToString(), ClaimGraphApp.AdminKey], directory, TimeSpan.FromMinutes(1));
        output.WriteLine(text);
        Assert.Equal(0, exitCode);

        var received = JsonNode.Parse(text.Trim().Split('\n')[^1])!;
        JsonAssert.Equal("""{ "data": { "counts": { "statements": 27 } } }""", received["query"]);
        JsonAssert.Equal("""
            [ { "data": { "statementRecorded": {
                "key": "st-ws-negotiations", "stance": "ASSERTS",
                "actor": { "key": "kinan-sultan", "name": "كنان سلطان" },
                "claim": { "key": "negotiations-exist", "isContested": true } } } } ]
            """, received["statementRecorded"]);
        JsonAssert.Equal("""
            [ { "data": { "graphChanged": { "kind": "STATEMENT_RECORDED", "ids": [ "Statement:st-ws-elsewhere" ] } } },
              { "data": { "graphChanged": { "kind": "STATEMENT_RECORDED", "ids": [ "Statement:st-ws-negotiations" ] } } } ]
            """, received["graphChanged"]);
    }

    private static async Task EnsurePackagesAsync(string directory)
    {
        if (File.Exists(Path.Combine(directory, "node_modules", "graphql-ws", "package.json")))
            return;
        var npm = ProcessRunner.FindOnPath("npm") ?? throw new InvalidOperationException("npm is not on PATH; run 'npm ci' in tests/ws-client.");
        var (exitCode, text) = await ProcessRunner.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5));
        Assert.True(exitCode == 0, $"npm ci failed in {directory}:\n{text}");
    }
}
