using System.Net;
using ClaimGraph.Server.Tests.Api;
using ClaimGraph.Testing.Safety;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>Keys and roles over the real service: refusals are whole-operation GraphQL errors that write nothing.</summary>
public sealed class AuthTests : IDisposable
{
    private const string CreateActor = """mutation { createActor(input: { key: "new-actor", name: "New", language: "en", kind: PERSON }) { id recordedBy updatedBy } }""";

    private readonly ClaimGraphApp _app = new(settings: TestKeys.Settings());

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("application/graphql-response+json")]
    public async Task A_mutation_without_a_key_is_refused_with_401_and_runs_nothing(string? accept)
    {
        var before = await FingerprintAsync();

        var call = await GraphQLCall.PostAsync(_app, CreateActor, accept: accept);

        Assert.Equal(HttpStatusCode.Unauthorized, call.Status);
        Assert.Equal("UNAUTHENTICATED", call.Code);
        Assert.Null(call.Body["data"]);
        Assert.Contains("Bearer", call.Response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("X-Api-Key", (string?)call.Body["errors"]![0]!["message"], StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task A_wrong_key_is_refused_with_401_even_for_a_query()
    {
        var call = await GraphQLCall.PostAsync(_app, "{ counts { actors } }", apiKey: "not-a-key-anyone-was-given");

        Assert.Equal(HttpStatusCode.Unauthorized, call.Status);
        Assert.Equal("UNAUTHENTICATED", call.Code);
    }

    [Fact]
    public async Task Reads_are_open_without_a_key_by_default()
    {
        var call = await GraphQLCall.PostAsync(_app, "{ counts { actors } }");

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.True((int)call.Body["data"]!["counts"]!["actors"]! > 0);
    }

    [Fact]
    public async Task A_read_key_cannot_write_403()
    {
        var before = await FingerprintAsync();

        var call = await GraphQLCall.PostAsync(_app, CreateActor, apiKey: TestKeys.Reader);

        Assert.Equal(HttpStatusCode.Forbidden, call.Status);
        Assert.Equal("FORBIDDEN", call.Code);
        Assert.Contains("'write'", (string?)call.Body["errors"]![0]!["message"], StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task A_write_key_writes_and_the_write_records_who_and_when()
    {
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        var call = await GraphQLCall.PostAsync(_app, CreateActor, bearer: TestKeys.Alice);

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Null(call.Body["errors"]);
        Assert.Equal("alice", (string?)call.Body["data"]!["createActor"]!["recordedBy"]);

        var update = await GraphQLCall.PostAsync(_app, """mutation { updateActor(id: "new-actor", input: { role: "editor" }) { id } }""", apiKey: TestKeys.Bob);
        Assert.Null(update.Body["errors"]);

        var read = await GraphQLCall.PostAsync(_app, """{ actor(id: "new-actor") { recordedBy recordedAt updatedBy updatedAt } }""");
        var actor = read.Body["data"]!["actor"]!;
        Assert.Equal("alice", (string?)actor["recordedBy"]);
        Assert.Equal("bob", (string?)actor["updatedBy"]);
        var recordedAt = DateTimeOffset.Parse((string)actor["recordedAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        var updatedAt = DateTimeOffset.Parse((string)actor["updatedAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(recordedAt, started, DateTimeOffset.UtcNow);
        Assert.InRange(updatedAt, recordedAt, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Seeded_records_are_stamped_by_system()
    {
        var read = await GraphQLCall.PostAsync(_app, """{ statement(id: "st-sdf-denies-negotiations") { recordedBy updatedBy recordedAt } }""");

        Assert.Equal("system", (string?)read.Body["data"]!["statement"]!["recordedBy"]);
        Assert.Equal("system", (string?)read.Body["data"]!["statement"]!["updatedBy"]);
        Assert.NotNull((string?)read.Body["data"]!["statement"]!["recordedAt"]);
    }

    [Theory]
    [InlineData("""mutation { deleteStatement(id: "st-sdf-denies-negotiations") { deletedId } }""")]
    [InlineData("""mutation { mergeActors(keep: "sdf", merge: "coalition") { id } }""")]
    [InlineData("""mutation { ...Sneaky } fragment Sneaky on Mutation { ... on Mutation { deleteStatement(id: "st-sdf-denies-negotiations") { deletedId } } }""")]
    [InlineData("""mutation { createActor(input: { name: "Cover", language: "en", kind: PERSON }) { id } deleteStatement(id: "st-sdf-denies-negotiations") { deletedId } }""")]
    public async Task Deletes_and_merges_need_admin_even_inside_fragments(string mutation)
    {
        var before = await FingerprintAsync();

        var call = await GraphQLCall.PostAsync(_app, mutation, apiKey: TestKeys.Alice);

        Assert.Equal(HttpStatusCode.Forbidden, call.Status);
        Assert.Equal("FORBIDDEN", call.Code);
        Assert.Contains("'admin'", (string?)call.Body["errors"]![0]!["message"], StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task The_selected_operation_decides_which_key_is_needed()
    {
        const string document = """
            query Read { counts { actors } }
            mutation Write { createActor(input: { key: "picked", name: "Picked", language: "en", kind: PERSON }) { id } }
            """;

        var read = await GraphQLCall.PostAsync(_app, document, operationName: "Read");
        var write = await GraphQLCall.PostAsync(_app, document, operationName: "Write");

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, write.Status);
        Assert.Null((await GraphQLCall.PostAsync(_app, """{ actor(id: "picked") { id } }""")).Body["data"]!["actor"]);
    }

    [Fact]
    public async Task An_admin_key_may_delete()
    {
        var call = await GraphQLCall.PostAsync(_app, """mutation { deleteStatement(id: "st-sdf-denies-negotiations") { deletedId } }""", bearer: ClaimGraphApp.AdminKey);

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Equal("Statement:st-sdf-denies-negotiations", (string?)call.Body["data"]!["deleteStatement"]!["deletedId"]);
    }

    [Fact]
    public async Task Closed_reads_need_a_key_with_role_read()
    {
        using var closed = new ClaimGraphApp(settings: TestKeys.Settings(("ClaimGraph:Auth:OpenReads", "false")));

        var anonymous = await GraphQLCall.PostAsync(closed, "{ counts { actors } }");
        var reader = await GraphQLCall.PostAsync(closed, "{ counts { actors } }", apiKey: TestKeys.Reader);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("UNAUTHENTICATED", anonymous.Code);
        Assert.Equal(HttpStatusCode.OK, reader.Status);
        Assert.Null(reader.Body["errors"]);
    }

    private Task<string> FingerprintAsync() =>
        StoreFingerprint.OfAsync(_app.Services.GetRequiredService<ClaimGraph.Core.Store.IClaimStore>());
}
