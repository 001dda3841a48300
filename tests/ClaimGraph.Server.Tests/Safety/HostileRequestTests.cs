using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Import;
using ClaimGraph.Core.Store;
using ClaimGraph.Server.Tests.Api;
using ClaimGraph.Testing.Safety;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>
/// Generated and mutated documents, variables, request bodies, search texts and import files thrown at the seeded
/// service: never a 5xx or INTERNAL_SERVER_ERROR, never longer than <see cref="TimeBound"/> per request, and input
/// that is refused (or sent without a key) leaves the store's fingerprint unchanged. Each test draws from a fresh
/// seed, printed on failure so the run replays.
/// </summary>
public sealed class HostileRequestTests : IClassFixture<HostileRequestTests.Fixture>
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(5);

    private readonly ClaimGraphApp _app;

    public HostileRequestTests(Fixture fixture) => _app = fixture.App;

    [Fact]
    public async Task Mutated_documents_never_fail_the_server_and_refused_ones_write_nothing()
    {
        var seed = NewSeed();
        foreach (var document in HostileInput.Sample(HostileInput.Mutated(GraphQLCorpus.Documents), 60, seed))
        {
            var before = await FingerprintAsync();
            var anonymous = await PostAsync(JsonBody(document), apiKey: null, seed);
            Assert.True(before == await FingerprintAsync(), $"seed {seed}: a request without a key changed the store: {document}");

            var admin = await PostAsync(JsonBody(document), ClaimGraphApp.AdminKey, seed);
            if (admin.Body?["data"] is null or JsonValue)
                Assert.True(before == await FingerprintAsync(), $"seed {seed}: a refused document changed the store: {document}");
            _ = anonymous;
        }
    }

    [Fact]
    public async Task Hostile_variables_and_bodies_are_refused_cleanly()
    {
        var seed = NewSeed();
        const string query = """query Q($id: ID!, $first: Int, $text: String!) { node(id: $id) { id } claims(first: $first) { totalCount } search(text: $text, first: 3) { kind } }""";
        foreach (var variables in HostileInput.Sample(JsonValues(3), 60, seed))
            await PostAsync($$"""{"query":{{JsonSerializer.Serialize(query)}},"variables":{{variables}}}""", ClaimGraphApp.AdminKey, seed);

        var bodies = HostileInput.Sample(HostileInput.Mutated([JsonBody(GraphQLCorpus.Documents[0]), JsonBody(query)]), 60, seed + 1);
        foreach (var body in bodies)
            await PostAsync(body, ClaimGraphApp.AdminKey, seed);
    }

    [Fact]
    public async Task Hostile_search_texts_are_answered_or_refused_with_a_code()
    {
        var seed = NewSeed();
        const string query = """query S($text: String!) { search(text: $text, first: 5) { kind matched } claims(filter: { text: $text }, first: 3) { totalCount } }""";
        foreach (var text in HostileInput.Sample(HostileInput.Text, 50, seed))
        {
            var call = await PostAsync($$$"""{"query":{{{JsonSerializer.Serialize(query)}}},"variables":{"text":{{{JsonSerializer.Serialize(text)}}}}}""", null, seed);
            var codes = Codes(call.Body);
            Assert.True(codes.All(c => c is ErrorCode.Validation or "BAD_USER_INPUT" or "BAD_REQUEST"), $"seed {seed}: search {JsonSerializer.Serialize(text)} answered {call.Body?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Mutated_import_files_import_or_are_refused_whole()
    {
        var seed = NewSeed();
        var importer = _app.Services.GetRequiredService<GraphImporter>();
        var seeds = Path.Combine(RepositoryRoot.Path, "seeds");
        foreach (var lines in HostileInput.Sample(TextAndImportPropertyTests.MutatedSeedLines, 25, seed))
        {
            ImportBatch batch;
            try
            {
                batch = ImportReader.Parse(lines, seeds);
            }
            catch (ImportException)
            {
                continue;
            }

            var before = await FingerprintAsync();
            try
            {
                await importer.ImportAsync(batch);
            }
            catch (Exception ex) when (ex is ImportException or ClaimGraphException)
            {
                Assert.True(before == await FingerprintAsync(), $"seed {seed}: a refused import changed the store: {ex.Message}");
            }
        }
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string body, string? apiKey, ulong seed)
    {
        using var client = _app.Server.CreateClient();
        client.Timeout = TimeBound * 2;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        clock.Stop();

        Assert.True((int)response.StatusCode < 500, $"seed {seed}: {(int)response.StatusCode} for {body}\n{text}");
        Assert.True(clock.Elapsed < TimeBound, $"seed {seed}: {clock.Elapsed} for {body}");
        var json = JsonNode.Parse(text);
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", Codes(json));
        return (response.StatusCode, json);
    }

    private static List<string?> Codes(JsonNode? body) =>
        body?["errors"]?.AsArray().Select(e => (string?)e?["extensions"]?["code"]).ToList() ?? [];

    private static string JsonBody(string document) => JsonSerializer.Serialize(new { query = document });

    private Task<string> FingerprintAsync() => StoreFingerprint.OfAsync(_app.Services.GetRequiredService<IClaimStore>());

    /// <summary>A fresh seed, or CLAIMGRAPH_FUZZ_SEED to replay a failure.</summary>
    private static ulong NewSeed() =>
        ulong.TryParse(Environment.GetEnvironmentVariable("CLAIMGRAPH_FUZZ_SEED"), out var replay) ? replay : (ulong)Random.Shared.NextInt64();

    /// <summary>JSON values of any shape, hostile strings and numbers included, nested up to <paramref name="depth"/>.</summary>
    private static Gen<string> JsonValues(int depth)
    {
        var scalars = Gen.OneOf(
            HostileInput.Text.Select(t => JsonSerializer.Serialize(t)),
            Gen.Elements("0", "-1", "2147483648", "1e309", "-0.5", "true", "false", "null", "9007199254740993", "\"Claim:negotiations-exist\"", "\"Actor:\""));
        if (depth == 0)
            return scalars;
        var inner = JsonValues(depth - 1);
        return Gen.Frequency(
            (3, scalars),
            (1, Gen.ListOf(inner, 3).Select(items => "[" + string.Join(",", items) + "]")),
            (2, from id in inner from first in inner from text in inner select $$"""{"id":{{id}},"first":{{first}},"text":{{text}}}"""));
    }

    public sealed class Fixture : IDisposable
    {
        public ClaimGraphApp App { get; } = new(settings: new Dictionary<string, string> { ["ClaimGraph:GraphQL:ExecutionTimeout"] = "00:00:03" });

        public void Dispose() => App.Dispose();
    }
}
