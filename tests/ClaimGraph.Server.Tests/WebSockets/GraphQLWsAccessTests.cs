using System.Text.Json.Nodes;
using ClaimGraph.Server.Tests.Api;
using ClaimGraph.Server.Tests.Safety;
using Xunit;

namespace ClaimGraph.Server.Tests.WebSockets;

/// <summary>The access rule guards operations over the socket as it does over HTTP.</summary>
public sealed class GraphQLWsAccessTests
{
    [Fact]
    public async Task A_mutation_over_the_socket_without_a_key_is_refused_and_writes_nothing()
    {
        using var app = new ClaimGraphApp();
        var address = app.StartOnKestrel();
        await using var client = await WsTestClient.ConnectAsync(address, apiKey: null);
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (string?)(await client.ReceiveAsync())!["type"]);

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"mutation { createActor(input: { key: \"ws-intruder\", name: \"X\", language: \"en\", kind: PERSON }) { id } }"}}""");
        var answer = (await client.ReceiveAsync())!;

        Assert.Equal("error", (string?)answer["type"]);
        Assert.Equal("UNAUTHENTICATED", (string?)answer["payload"]![0]!["extensions"]!["code"]);
        Assert.Null((await app.DataAsync("""{ actor(id: "ws-intruder") { key } }"""))["actor"]);
    }

    [Fact]
    public async Task With_closed_reads_a_key_in_connection_init_lets_a_browser_style_client_read()
    {
        using var app = new ClaimGraphApp(settings: TestKeys.Settings(("ClaimGraph:Auth:OpenReads", "false")));
        var address = app.StartOnKestrel();

        await using var anonymous = await WsTestClient.ConnectAsync(address, apiKey: null);
        await anonymous.InitAsync();
        await anonymous.SendAsync(ActorsQuery);
        var refused = (await anonymous.ReceiveAsync())!;
        Assert.Equal("error", (string?)refused["type"]);
        Assert.Equal("UNAUTHENTICATED", (string?)refused["payload"]![0]!["extensions"]!["code"]);

        await using var reader = await WsTestClient.ConnectAsync(address, apiKey: null);
        await reader.SendAsync(Init("apiKey", TestKeys.Reader));
        Assert.Equal("connection_ack", (string?)(await reader.ReceiveAsync())!["type"]);
        await reader.SendAsync(ActorsQuery);
        var answer = (await reader.ReceiveAsync())!;
        Assert.Equal("next", (string?)answer["type"]);
        Assert.NotEmpty(answer["payload"]!["data"]!["actors"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task A_bearer_key_in_connection_init_carries_its_role_and_name_to_writes()
    {
        using var app = new ClaimGraphApp(settings: TestKeys.Settings());
        var address = app.StartOnKestrel();
        await using var client = await WsTestClient.ConnectAsync(address, apiKey: null);
        await client.SendAsync(Init("Authorization", "Bearer " + TestKeys.Alice));
        Assert.Equal("connection_ack", (string?)(await client.ReceiveAsync())!["type"]);

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"mutation { createActor(input: { key: \"ws-alice\", name: \"A\", language: \"en\", kind: PERSON }) { id } }"}}""");
        var answer = (await client.ReceiveAsync())!;

        Assert.Equal("next", (string?)answer["type"]);
        Assert.Null(answer["payload"]!["errors"]);
        Assert.Equal("alice", (string?)(await app.DataAsync("""{ actor(id: "ws-alice") { recordedBy } }"""))["actor"]!["recordedBy"]);
    }

    [Theory]
    [InlineData("""{"apiKey":"not-a-configured-key-0123456789"}""")]
    [InlineData("""{"X-API-KEY":""}""")]
    [InlineData("""{"authorization":"Basic abc"}""")]
    public async Task A_wrong_key_in_connection_init_closes_the_socket_with_4403(string payload)
    {
        using var app = new ClaimGraphApp();
        var address = app.StartOnKestrel();
        await using var client = await WsTestClient.ConnectAsync(address, apiKey: null);
        await client.SendAsync($$"""{"type":"connection_init","payload":{{payload}}}""");

        Assert.Equal(4403, await client.ClosedWithAsync());
    }

    private static JsonObject Init(string name, string value) =>
        new() { ["type"] = "connection_init", ["payload"] = new JsonObject { [name] = value } };

    private const string ActorsQuery = """{"id":"q","type":"subscribe","payload":{"query":"{ actors(first: 2) { nodes { id } } }"}}""";
}
