using System.Text.Json;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Store.Neo4j.Transport;
using Xunit;

namespace ClaimGraph.Store.Neo4j.Tests;

/// <summary>
/// The bounded reads behind capped statement lists and stance groups run as one Cypher statement with the limit
/// and filters as parameters, instead of the port's default that loads every statement of the parents.
/// </summary>
public sealed class Neo4jBoundedReadTests : IAsyncLifetime
{
    private FakeQueryApi _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Neo4jClaimStore Store() => new(new QueryApiClient(new Neo4jStoreOptions { Url = _server.Address.ToString() }));

    private JsonElement LastQuery() => JsonDocument.Parse(_server.Requests.Last(r => r.Path == "/db/neo4j/query/v2").Body).RootElement;

    [Fact]
    public async Task First_statements_per_key_send_the_limit_and_stances_and_decode_the_rows()
    {
        _server.Respond = _ => Task.FromResult(FakeAnswer.Rows("""["record"]""", """
            [[{"$type": "Map", "_value": {
                "id": {"$type": "String", "_value": "st-1"}, "stance": {"$type": "String", "_value": "DENIES"},
                "quote": {"$type": "String", "_value": "لا أساس له من الصحة"},
                "spanStart": {"$type": "Null", "_value": null}, "spanEnd": {"$type": "Null", "_value": null},
                "statedAt": {"$type": "Null", "_value": null}, "statedOffset": {"$type": "Null", "_value": null},
                "note": {"$type": "Null", "_value": null},
                "actorId": {"$type": "String", "_value": "sdf"}, "claimId": {"$type": "String", "_value": "talks"},
                "sourceId": {"$type": "String", "_value": "src"}, "relayedThroughId": {"$type": "Null", "_value": null},
                "relayedById": {"$type": "Null", "_value": null}, "originSourceId": {"$type": "Null", "_value": null} } }]]
            """));
        using var store = Store();

        var statement = Assert.Single(await store.GetFirstStatementsByAsync(StatementEdge.Claim, ["talks", "talks"], [Stance.Denies], 5));

        Assert.Equal(("st-1", Stance.Denies, "sdf", "talks"), (statement.Id, statement.Stance, statement.ActorId, statement.ClaimId));
        var sent = LastQuery();
        Assert.Contains("LIMIT $limit", sent.GetProperty("statement").GetString(), StringComparison.Ordinal);
        Assert.Contains("[:ON]->(:Claim", sent.GetProperty("statement").GetString(), StringComparison.Ordinal);
        var parameters = sent.GetProperty("parameters");
        Assert.Equal(["talks"], parameters.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["DENIES"], parameters.GetProperty("stances").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(5, parameters.GetProperty("limit").GetInt64());
    }

    [Fact]
    public async Task Nothing_is_sent_when_nothing_can_match()
    {
        using var store = Store();

        Assert.Empty(await store.GetFirstStatementsByAsync(StatementEdge.Actor, [], null, 5));
        Assert.Empty(await store.GetFirstStatementsByAsync(StatementEdge.Actor, ["sdf"], [], 5));
        Assert.Empty(await store.GetFirstStatementsByAsync(StatementEdge.Actor, ["sdf"], null, 0));
        Assert.Empty(await store.GetClaimStanceActorsAsync([]));
        Assert.DoesNotContain(_server.Requests, r => r.Path == "/db/neo4j/query/v2");
    }

    [Fact]
    public async Task Claim_stance_actors_are_aggregated_in_the_database_and_decoded()
    {
        _server.Respond = _ => Task.FromResult(FakeAnswer.Rows("""["claimId", "stance", "actorId", "statements", "firstId"]""", """
            [[{"$type": "String", "_value": "talks"}, {"$type": "String", "_value": "CONFIRMS"}, {"$type": "String", "_value": "coalition"},
              {"$type": "Integer", "_value": "3"}, {"$type": "String", "_value": "st-2"}]]
            """));
        using var store = Store();

        var row = Assert.Single(await store.GetClaimStanceActorsAsync(["talks"]));

        Assert.Equal(new ClaimStanceActor("talks", Stance.Confirms, "coalition", 3, "st-2"), row);
        Assert.Contains("count(s)", LastQuery().GetProperty("statement").GetString(), StringComparison.Ordinal);
    }
}
