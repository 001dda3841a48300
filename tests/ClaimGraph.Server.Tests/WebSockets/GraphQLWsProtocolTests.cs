using System.Text.Json.Nodes;
using ClaimGraph.Core.Import;
using ClaimGraph.Server.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClaimGraph.Server.Tests.WebSockets;

/// <summary>The graphql-transport-ws protocol at /graphql, message by message, with a plain ClientWebSocket.</summary>
public sealed class GraphQLWsProtocolTests(WsAppFixture fixture) : IClassFixture<WsAppFixture>
{
    private const string Subscription = """{"id":"s1","type":"subscribe","payload":{"query":"subscription { statementRecorded(claim: \"shelling-stopped\") { key stance } }"}}""";

    [Fact]
    public async Task The_server_acks_init_and_answers_ping_with_pong()
    {
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        Assert.Equal("graphql-transport-ws", client.NegotiatedProtocol);
        await client.SendAsync("""{"type":"ping","payload":{"n":1}}""");
        JsonAssert.Equal("""{"type":"pong","payload":{"n":1}}""", await client.ReceiveAsync());
        await client.InitAsync();
        await client.SendAsync("""{"type":"ping"}""");
        JsonAssert.Equal("""{"type":"pong"}""", await client.ReceiveAsync());
        await client.SendAsync("""{"type":"pong"}""");
        await client.SendAsync("""{"type":"ping"}""");
        JsonAssert.Equal("""{"type":"pong"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        Assert.Equal(4408, await client.ClosedWithAsync());
        Assert.Equal("Connection initialisation timeout", client.CloseReason);
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        await client.InitAsync();
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal(4429, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Subscribing_before_the_ack_closes_with_4401()
    {
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        await client.SendAsync(Subscription);
        Assert.Equal(4401, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task A_second_subscriber_with_a_running_id_closes_with_4409()
    {
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        await client.InitAsync();
        await client.SendAsync(Subscription);
        await client.SendAsync(Subscription);
        Assert.Equal(4409, await client.ClosedWithAsync());
        Assert.Equal("Subscriber for s1 already exists", client.CloseReason);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""["connection_init"]""")]
    [InlineData("""{"type":"next","id":"x","payload":{}}""")]
    [InlineData("""{"type":"subscribe","id":"x"}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ counts { actors } }"}}""")]
    [InlineData("""{"type":"complete"}""")]
    public async Task A_malformed_message_closes_with_4400(string message)
    {
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        await client.InitAsync();
        await client.SendAsync(message);
        Assert.Equal(4400, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Without_the_subprotocol_the_socket_closes_with_4406()
    {
        await using var client = await WsTestClient.ConnectAsync(fixture.Address, protocol: null);
        Assert.Equal(4406, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task A_query_gets_one_next_then_complete()
    {
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        await client.InitAsync();
        await client.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"query($id: ID!) { actor(id: $id) { name } }","variables":{"id":"sdf"}}}""");
        JsonAssert.Equal("""{"id":"q","type":"next","payload":{"data":{"actor":{"name":"قوات سوريا الديمقراطية"}}}}""", await client.ReceiveAsync());
        JsonAssert.Equal("""{"id":"q","type":"complete"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task An_invalid_operation_gets_an_error_message_and_the_connection_stays_open()
    {
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        await client.InitAsync();
        await client.SendAsync("""{"id":"bad","type":"subscribe","payload":{"query":"{ noSuchField }"}}""");
        var error = await client.ReceiveAsync();
        Assert.Equal("error", (string?)error!["type"]);
        Assert.Equal("bad", (string?)error["id"]);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)error["payload"]![0]!["extensions"]!["code"]);
        await client.SendAsync("""{"type":"ping"}""");
        JsonAssert.Equal("""{"type":"pong"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task The_http_depth_limit_applies_over_the_socket()
    {
        var deep = "{ actor(id: \"sdf\") { " + string.Concat(Enumerable.Repeat("affiliates { ", 16)) + "key" + new string('}', 16) + " } }";
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        await client.InitAsync();
        await client.SendAsync(new JsonObject { ["id"] = "deep", ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = deep } });
        var error = await client.ReceiveAsync();
        Assert.Equal("error", (string?)error!["type"]);
        Assert.Contains(error["payload"]!.AsArray(), e => (string?)e!["extensions"]!["limit"] == "maxDepth");
    }

    [Fact]
    public async Task A_subscription_delivers_mutations_from_the_same_socket_and_stops_on_complete()
    {
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        await client.InitAsync();
        await client.SendAsync(Subscription);
        await RecordAsync(client, "m1", "st-ws-protocol-1");
        var got = new List<JsonObject> { (await client.ReceiveAsync())!, (await client.ReceiveAsync())!, (await client.ReceiveAsync())! };
        Assert.Contains(got, m => JsonNode.DeepEquals(m, JsonNode.Parse("""{"id":"s1","type":"next","payload":{"data":{"statementRecorded":{"key":"st-ws-protocol-1","stance":"ASSERTS"}}}}""")));
        Assert.Contains(got, m => JsonNode.DeepEquals(m, JsonNode.Parse("""{"id":"m1","type":"next","payload":{"data":{"recordStatement":{"key":"st-ws-protocol-1"}}}}""")));
        Assert.Contains(got, m => JsonNode.DeepEquals(m, JsonNode.Parse("""{"id":"m1","type":"complete"}""")));

        // After complete the id is free again and the old subscription delivers nothing more.
        await client.SendAsync("""{"id":"s1","type":"complete"}""");
        await RecordAsync(client, "m2", "st-ws-protocol-2");
        JsonAssert.Equal("""{"id":"m2","type":"next","payload":{"data":{"recordStatement":{"key":"st-ws-protocol-2"}}}}""", await client.ReceiveAsync());
        JsonAssert.Equal("""{"id":"m2","type":"complete"}""", await client.ReceiveAsync());
        await client.SendAsync(Subscription);
        await client.SendAsync("""{"type":"ping"}""");
        JsonAssert.Equal("""{"type":"pong"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Each_subscription_event_reads_the_graph_afresh()
    {
        await fixture.App.DataAsync("""mutation { createActor(input: { key: "ws-renamed", name: "قبل", language: "ar", kind: PERSON }) { key } }""");
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        await client.InitAsync();
        await client.SendAsync("""{"id":"r","type":"subscribe","payload":{"query":"subscription { statementRecorded(actor: \"ws-renamed\") { key actor { name } } }"}}""");
        await client.SendAsync("""{"type":"ping"}""");
        JsonAssert.Equal("""{"type":"pong"}""", await client.ReceiveAsync());

        await fixture.App.DataAsync("""mutation { recordStatement(input: { key: "st-renamed-1", actor: "ws-renamed", claim: "shelling-stopped", stance: ASSERTS, source: "baladi-raqqa-negotiations" }) { key } }""");
        JsonAssert.Equal("""{"id":"r","type":"next","payload":{"data":{"statementRecorded":{"key":"st-renamed-1","actor":{"name":"قبل"}}}}}""", await client.ReceiveAsync());
        await fixture.App.DataAsync("""mutation { updateActor(id: "ws-renamed", input: { name: "بعد" }) { key } }""");
        await fixture.App.DataAsync("""mutation { recordStatement(input: { key: "st-renamed-2", actor: "ws-renamed", claim: "shelling-stopped", stance: ASSERTS, source: "baladi-raqqa-negotiations" }) { key } }""");
        JsonAssert.Equal("""{"id":"r","type":"next","payload":{"data":{"statementRecorded":{"key":"st-renamed-2","actor":{"name":"بعد"}}}}}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task An_import_reports_one_change_per_kind_of_record()
    {
        await using var client = await WsTestClient.ConnectAsync(fixture.Address);
        await client.InitAsync();
        await client.SendAsync("""{"id":"g","type":"subscribe","payload":{"query":"subscription { graphChanged { kind ids } }"}}""");
        await client.SendAsync("""{"type":"ping"}""");
        JsonAssert.Equal("""{"type":"pong"}""", await client.ReceiveAsync());

        var importer = fixture.App.Services.GetRequiredService<GraphImporter>();
        await importer.ImportAsync(ImportReader.Parse([
            """{"type":"actor","id":"ws-imported","name":"مستورد","language":"ar","kind":"PERSON"}""",
            """{"type":"claim","id":"ws-imported-claim","text":"ادعاء مستورد","language":"ar"}""",
            """{"type":"statement","id":"ws-imported-1","actor":"ws-imported","claim":"ws-imported-claim","stance":"ASSERTS","source":"baladi-raqqa-negotiations"}""",
            """{"type":"statement","id":"ws-imported-2","actor":"ws-imported","claim":"ws-imported-claim","stance":"DENIES","source":"baladi-raqqa-negotiations"}""",
        ]));

        JsonAssert.Equal("""{"id":"g","type":"next","payload":{"data":{"graphChanged":{"kind":"ACTOR_CHANGED","ids":["Actor:ws-imported"]}}}}""", await client.ReceiveAsync());
        JsonAssert.Equal("""{"id":"g","type":"next","payload":{"data":{"graphChanged":{"kind":"CLAIM_RECORDED","ids":["Claim:ws-imported-claim"]}}}}""", await client.ReceiveAsync());
        JsonAssert.Equal("""{"id":"g","type":"next","payload":{"data":{"graphChanged":{"kind":"STATEMENT_RECORDED","ids":["Statement:ws-imported-1","Statement:ws-imported-2"]}}}}""", await client.ReceiveAsync());
    }

    private static Task RecordAsync(WsTestClient client, string id, string key) => client.SendAsync(new JsonObject
    {
        ["id"] = id,
        ["type"] = "subscribe",
        ["payload"] = new JsonObject
        {
            ["query"] = "mutation($input: RecordStatementInput!) { recordStatement(input: $input) { key } }",
            ["variables"] = new JsonObject
            {
                ["input"] = new JsonObject
                {
                    ["key"] = key,
                    ["actor"] = "kinan-sultan",
                    ["claim"] = "shelling-stopped",
                    ["stance"] = "ASSERTS",
                    ["source"] = "baladi-raqqa-negotiations",
                },
            },
        },
    });
}
