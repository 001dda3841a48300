using ClaimGraph.Server.Tests.Api;
using Xunit;

namespace ClaimGraph.Server.Tests.Dashboards;

/// <summary>The dashboard feeds (graph, statementStats, stanceMatrix) over the seeded article.</summary>
public sealed class DashboardQueryTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private ClaimGraphApp App => fixture.App;

    [Fact]
    public async Task Statements_by_stance_count_the_seed_27()
    {
        var data = await App.DataAsync("{ statementStats(by: STANCE) { key label stance count } }");
        JsonAssert.Equal("""
            { "statementStats": [
              { "key": null, "label": "ASSERTS", "stance": "ASSERTS", "count": 23 },
              { "key": null, "label": "CONFIRMS", "stance": "CONFIRMS", "count": 2 },
              { "key": null, "label": "DENIES", "stance": "DENIES", "count": 1 },
              { "key": null, "label": "DEMANDS", "stance": "DEMANDS", "count": 1 }
            ] }
            """, data);
    }

    [Fact]
    public async Task Statements_by_actor_put_the_most_active_first_and_respect_the_filter()
    {
        var data = await App.DataAsync("""
            { all: statementStats(by: ACTOR) { key label stance count }
              coalition: statementStats(by: CLAIM, filter: { actor: "international-coalition", stances: [CONFIRMS] }) { key label stance count } }
            """);
        var all = data["all"]!.AsArray();
        Assert.Equal(27, all.Sum(b => (int)b!["count"]!));
        JsonAssert.Equal("""{ "key": "Actor:international-coalition", "label": "التحالف الدولي", "stance": "ASSERTS", "count": 5 }""", all[0]);
        JsonAssert.Equal("""{ "key": "Actor:international-coalition", "label": "التحالف الدولي", "stance": "CONFIRMS", "count": 1 }""", all[1]);
        JsonAssert.Equal("""{ "key": "Actor:sdf", "label": "قوات سوريا الديمقراطية", "stance": "DENIES", "count": 1 }""", all[^1]);
        JsonAssert.Equal("""
            [ { "key": "Claim:negotiations-exist",
                "label": "توجد مفاوضات تهدف إلى التوصل لاتفاق يفضي إلى خروج من تبقى من مقاتلي تنظيم الدولة مع عائلاتهم من الرقة في غضون الساعات القليلة القادمة",
                "stance": "CONFIRMS", "count": 1 } ]
            """, data["coalition"]);
    }

    [Fact]
    public async Task Statements_by_source_and_undated_time_buckets()
    {
        var data = await App.DataAsync("""
            { bySource: statementStats(by: SOURCE) { key stance count }
              byTime: statementStats(by: TIME, bucket: MONTH) { key count } }
            """);
        JsonAssert.Equal("""
            { "bySource": [
                { "key": "Source:baladi-raqqa-negotiations", "stance": "ASSERTS", "count": 23 },
                { "key": "Source:baladi-raqqa-negotiations", "stance": "CONFIRMS", "count": 2 },
                { "key": "Source:baladi-raqqa-negotiations", "stance": "DENIES", "count": 1 },
                { "key": "Source:baladi-raqqa-negotiations", "stance": "DEMANDS", "count": 1 } ],
              "byTime": [] }
            """, data);
    }

    [Fact]
    public async Task The_stance_matrix_ranks_actors_and_claims_by_statements()
    {
        var data = await App.DataAsync("""
            { stanceMatrix(actorLimit: 2, claimLimit: 2) { actors { key } claims { key } cells { actor claim stance count } } }
            """);
        JsonAssert.Equal("""
            { "stanceMatrix": {
                "actors": [ { "key": "international-coalition" }, { "key": "suhaib-al-haskawi" } ],
                "claims": [ { "key": "negotiations-exist" }, { "key": "raqqa-council-leads-civilian-exit-talks" } ],
                "cells": [
                  { "actor": "Actor:international-coalition", "claim": "Claim:negotiations-exist", "stance": "CONFIRMS", "count": 1 },
                  { "actor": "Actor:international-coalition", "claim": "Claim:raqqa-council-leads-civilian-exit-talks", "stance": "ASSERTS", "count": 2 } ] } }
            """, data);
    }

    [Fact]
    public async Task The_graph_around_the_contested_claim_holds_both_sides_and_where_it_was_reported()
    {
        var data = await App.DataAsync("""
            { graph(claims: ["Claim:negotiations-exist"], depth: 1) {
                truncated
                nodes { id type label direction kind anonymous contested }
                edges { id source target type stance label statement } } }
            """);
        JsonAssert.Equal("""
            { "graph": {
              "truncated": false,
              "nodes": [
                { "id": "Claim:negotiations-exist", "type": "CLAIM", "label": "توجد مفاوضات تهدف إلى التوصل لاتفاق يفضي إلى خروج من تبقى من مقاتلي تنظيم الدولة مع عائلاتهم من الرقة في غضون الساعات القليلة القادمة", "direction": "RTL", "kind": null, "anonymous": false, "contested": true },
                { "id": "Actor:international-coalition", "type": "ACTOR", "label": "التحالف الدولي", "direction": "RTL", "kind": "COALITION", "anonymous": false, "contested": false },
                { "id": "Actor:sdf", "type": "ACTOR", "label": "قوات سوريا الديمقراطية", "direction": "RTL", "kind": "ARMED_GROUP", "anonymous": false, "contested": false },
                { "id": "Claim:civilian-exit-agreement", "type": "CLAIM", "label": "يوجد اتفاق يقضي بخروج المدنيين من الرقة إلى جانب خروج عائلات مقاتلي تنظيم الدولة", "direction": "RTL", "kind": null, "anonymous": false, "contested": false },
                { "id": "Claim:is-completes-withdrawal-within-hours", "type": "CLAIM", "label": "من المتوقع أن يستكمل تنظيم الدولة خروج مقاتليه من مدينة الرقة خلال الساعات القليلة القادمة بموجب اتفاقه مع ميليشيات قسد", "direction": "RTL", "kind": null, "anonymous": false, "contested": false },
                { "id": "Claim:is-sdf-agreement-reached", "type": "CLAIM", "label": "تم التوصل إلى اتفاق بين تنظيم الدولة وميليشيات قسد بشأن الرقة", "direction": "RTL", "kind": null, "anonymous": false, "contested": false },
                { "id": "Source:baladi-raqqa-negotiations", "type": "SOURCE", "label": "بين نفي قسد وتأكيد التحالف.. مفاوضات لخروج من تبقى من مقاتلي التنظيم مع عائلاتهم من الرقة", "direction": "RTL", "kind": "ARTICLE", "anonymous": false, "contested": false }
              ],
              "edges": [
                { "id": "Statement:st-coalition-confirms-negotiations", "source": "Actor:international-coalition", "target": "Claim:negotiations-exist", "type": "STANCE", "stance": "CONFIRMS", "label": "confirms", "statement": "Statement:st-coalition-confirms-negotiations" },
                { "id": "Statement:st-sdf-denies-negotiations", "source": "Actor:sdf", "target": "Claim:negotiations-exist", "type": "STANCE", "stance": "DENIES", "label": "denies", "statement": "Statement:st-sdf-denies-negotiations" },
                { "id": "REPORTED_IN:Claim:negotiations-exist:Source:baladi-raqqa-negotiations", "source": "Claim:negotiations-exist", "target": "Source:baladi-raqqa-negotiations", "type": "REPORTED_IN", "stance": null, "label": "reported in", "statement": null },
                { "id": "REPORTED_IN:Claim:is-sdf-agreement-reached:Source:baladi-raqqa-negotiations", "source": "Claim:is-sdf-agreement-reached", "target": "Source:baladi-raqqa-negotiations", "type": "REPORTED_IN", "stance": null, "label": "reported in", "statement": null },
                { "id": "REPORTED_IN:Claim:is-completes-withdrawal-within-hours:Source:baladi-raqqa-negotiations", "source": "Claim:is-completes-withdrawal-within-hours", "target": "Source:baladi-raqqa-negotiations", "type": "REPORTED_IN", "stance": null, "label": "reported in", "statement": null },
                { "id": "REPORTED_IN:Claim:civilian-exit-agreement:Source:baladi-raqqa-negotiations", "source": "Claim:civilian-exit-agreement", "target": "Source:baladi-raqqa-negotiations", "type": "REPORTED_IN", "stance": null, "label": "reported in", "statement": null },
                { "id": "CLAIM_LINK:Claim:civilian-exit-agreement:Claim:negotiations-exist:SUPPORTS", "source": "Claim:civilian-exit-agreement", "target": "Claim:negotiations-exist", "type": "CLAIM_LINK", "stance": null, "label": "supports", "statement": null },
                { "id": "CLAIM_LINK:Claim:is-completes-withdrawal-within-hours:Claim:negotiations-exist:SUPPORTS", "source": "Claim:is-completes-withdrawal-within-hours", "target": "Claim:negotiations-exist", "type": "CLAIM_LINK", "stance": null, "label": "supports", "statement": null },
                { "id": "CLAIM_LINK:Claim:is-sdf-agreement-reached:Claim:negotiations-exist:SUPPORTS", "source": "Claim:is-sdf-agreement-reached", "target": "Claim:negotiations-exist", "type": "CLAIM_LINK", "stance": null, "label": "supports", "statement": null }
              ] } }
            """, data);
    }

    [Fact]
    public async Task The_whole_graph_has_every_node_and_every_edge_ends_inside_it()
    {
        var data = await App.DataAsync("""
            { graph(limit: 500) { truncated nodes { id type } edges { source target type } }
              counts { actors claims sources statements }
              small: graph(limit: 5) { truncated nodes { id } } }
            """);
        var graph = data["graph"]!;
        var ids = graph["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToHashSet();
        Assert.False((bool)graph["truncated"]!);
        Assert.Equal(13 + 25 + 2, ids.Count);
        var edges = graph["edges"]!.AsArray();
        Assert.All(edges, e => Assert.True(ids.Contains((string)e!["source"]!) && ids.Contains((string)e["target"]!)));
        Assert.Equal(27, edges.Count(e => (string)e!["type"]! == "STANCE"));
        Assert.Equal(8, edges.Count(e => (string)e!["type"]! == "CLAIM_LINK"));
        Assert.Contains(edges, e => (string)e!["type"]! == "CITES");
        Assert.Contains(edges, e => (string)e!["type"]! == "PUBLISHED_BY");
        Assert.Contains(edges, e => (string)e!["type"]! == "AFFILIATED_WITH");
        Assert.Contains(edges, e => (string)e!["type"]! == "RELAYED_BY");
        Assert.True((bool)data["small"]!["truncated"]!);
        Assert.Equal(5, data["small"]!["nodes"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("""{ graph(actors: ["nobody"]) { truncated } }""", "NOT_FOUND", "actors")]
    [InlineData("""{ graph(limit: 100000) { truncated } }""", "VALIDATION", "limit")]
    [InlineData("""{ graph(claims: ["x"], depth: 99) { truncated } }""", "VALIDATION", "depth")]
    [InlineData("""{ graph(claims: ["Actor:sdf"]) { truncated } }""", "VALIDATION", "claims")]
    [InlineData("""{ stanceMatrix(actorLimit: 0) { cells { count } } }""", "VALIDATION", "actorLimit")]
    [InlineData("""{ statementStats(by: TIME, filter: { from: "2020-01-02T00:00:00Z", to: "2020-01-01T00:00:00Z" }) { count } }""", "VALIDATION", "filter.to")]
    public async Task Bad_arguments_are_refused_with_a_code_and_the_field(string query, string code, string field)
    {
        var result = await App.QueryAsync(query);
        var error = result["errors"]![0]!;
        Assert.Equal(code, (string)error["extensions"]!["code"]!);
        Assert.Equal(field, (string)error["extensions"]!["field"]!);
    }
}
