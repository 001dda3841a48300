using ClaimGraph.Server.Tests.Api;
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
}
