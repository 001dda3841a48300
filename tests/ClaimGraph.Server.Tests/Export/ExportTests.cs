using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using ClaimGraph.Server.Cli;
using ClaimGraph.Server.Tests.Api;
using Xunit;

namespace ClaimGraph.Server.Tests.Export;

/// <summary>Every export of the seeded graph, read back with a real parser of its format.</summary>
public sealed class ExportTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    private ClaimGraphApp App => fixture.App;

    [Fact]
    public async Task Cytoscape_json_has_elements_with_nodes_and_edges_of_data()
    {
        var (response, body) = await GetAsync("/export/cytoscape.json");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var json = JsonNode.Parse(body)!;
        var nodes = json["elements"]!["nodes"]!.AsArray();
        var edges = json["elements"]!["edges"]!.AsArray();
        Assert.Equal(40, nodes.Count);
        Assert.All(nodes, n => Assert.False(string.IsNullOrEmpty((string?)n!["data"]!["id"])));
        var ids = nodes.Select(n => (string)n!["data"]!["id"]!).ToHashSet();
        Assert.Equal(40, ids.Count);
        Assert.All(edges, e => Assert.True(ids.Contains((string)e!["data"]!["source"]!) && ids.Contains((string)e["data"]!["target"]!)));
        Assert.Equal(27, edges.Count(e => (string?)e!["data"]!["type"] == "STANCE"));
        JsonAssert.Equal("""
            { "data": { "id": "Actor:sdf", "label": "قوات سوريا الديمقراطية", "type": "ACTOR", "kind": "ARMED_GROUP", "language": "ar", "anonymous": false, "contested": false } }
            """, nodes.Single(n => (string?)n!["data"]!["id"] == "Actor:sdf"));
        JsonAssert.Equal("""
            { "data": { "id": "Statement:st-sdf-denies-negotiations", "source": "Actor:sdf", "target": "Claim:negotiations-exist", "type": "STANCE", "label": "denies", "stance": "DENIES", "statement": "Statement:st-sdf-denies-negotiations" } }
            """, edges.Single(e => (string?)e!["data"]!["id"] == "Statement:st-sdf-denies-negotiations"));
        Assert.Equal("false", response.Headers.GetValues("X-ClaimGraph-Truncated").Single());
    }

    [Fact]
    public async Task GraphML_is_valid_against_the_graphml_schema()
    {
        var (response, body) = await GetAsync("/export/graph.graphml");
        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType!.MediaType);
        var (document, problems) = GraphMLValidation.Parse(body);
        Assert.Empty(problems);
        var graph = document.Root!.Element(G + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        Assert.Equal(40, graph.Elements(G + "node").Count());
        var sdf = graph.Elements(G + "node").Single(n => (string?)n.Attribute("id") == "Actor:sdf");
        Assert.Equal("قوات سوريا الديمقراطية", sdf.Elements(G + "data").Single(d => (string?)d.Attribute("key") == "label").Value);
        var (_, cytoscape) = await GetAsync("/export/cytoscape.json");
        Assert.Equal(JsonNode.Parse(cytoscape)!["elements"]!["edges"]!.AsArray().Count, graph.Elements(G + "edge").Count());
    }

    [Fact]
    public void The_schema_refuses_an_edge_to_a_missing_node()
    {
        var (_, problems) = GraphMLValidation.Parse("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
              <node id="a"/><edge source="a" target="b"/></graph></graphml>
            """);
        Assert.NotEmpty(problems);
    }

    [Fact]
    public async Task Nodes_and_edges_csv_are_rfc_4180_and_agree_with_each_other()
    {
        var (nodesResponse, nodesText) = await GetAsync("/export/nodes.csv");
        var (_, edgesText) = await GetAsync("/export/edges.csv");
        Assert.Equal("text/csv", nodesResponse.Content.Headers.ContentType!.MediaType);
        var nodes = Rfc4180Reader.Read(nodesText);
        var edges = Rfc4180Reader.Read(edgesText);
        Assert.Equal(["Id", "Label", "nodeType", "kind", "language", "anonymous", "contested"], nodes[0]);
        Assert.Equal(["Id", "Source", "Target", "Type", "Label", "edgeType", "stance", "statement"], edges[0]);
        Assert.Equal(41, nodes.Count);
        Assert.Contains(["Claim:negotiations-exist", nodes.Single(r => r[0] == "Claim:negotiations-exist")[1], "CLAIM", "", "ar", "false", "true"], nodes);
        var ids = nodes.Skip(1).Select(r => r[0]).ToHashSet();
        Assert.All(edges.Skip(1), e => Assert.True(ids.Contains(e[1]) && ids.Contains(e[2]), string.Join(",", e)));
        Assert.Contains(["Statement:st-sdf-denies-negotiations", "Actor:sdf", "Claim:negotiations-exist", "Directed", "denies", "STANCE", "DENIES", "Statement:st-sdf-denies-negotiations"], edges);
    }

    [Fact]
    public async Task JsonLd_has_a_schema_org_claim_per_claim_and_a_review_only_for_the_contested_one()
    {
        var (response, body) = await GetAsync("/export/claims.jsonld");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var json = JsonNode.Parse(body)!;
        Assert.Equal("https://schema.org", (string?)json["@context"]);
        var items = json["@graph"]!.AsArray();
        Assert.Equal(25, items.Count(i => (string?)i!["@type"] == "Claim"));
        var review = Assert.Single(items, i => (string?)i!["@type"] == "ClaimReview")!;
        Assert.Equal("urn:claimgraph:Claim:negotiations-exist", (string?)review["itemReviewed"]!["@id"]);
        Assert.Equal("Contested", (string?)review["reviewRating"]!["alternateName"]);
        Assert.Equal("Rating", (string?)review["reviewRating"]!["@type"]);
        Assert.Equal(
            "ClaimGraph records stances, not verdicts: this claim is contested. Held true by التحالف الدولي (confirms); denied by قوات سوريا الديمقراطية (denies).",
            (string?)review["reviewRating"]!["ratingExplanation"]);

        var claim = items.Single(i => (string?)i!["@id"] == "urn:claimgraph:Claim:negotiations-exist")!;
        Assert.Equal("ar", (string?)claim["inLanguage"]);
        Assert.Equal("en", (string?)claim["workTranslation"]![0]!["inLanguage"]);
        Assert.Equal(["التحالف الدولي"], claim["author"]!.AsArray().Select(a => (string)a!["name"]!));
        var appearance = claim["appearance"]![0]!;
        Assert.Equal("CreativeWork", (string?)appearance["@type"]);
        Assert.Equal("بين نفي قسد وتأكيد التحالف.. مفاوضات لخروج من تبقى من مقاتلي التنظيم مع عائلاتهم من الرقة", (string?)appearance["headline"]);
        Assert.Equal("بلدي نيوز", (string?)appearance["publisher"]!["name"]);
        Assert.Equal("Organization", (string?)appearance["publisher"]!["@type"]);

        var quoted = items.Single(i => (string?)i!["@id"] == "urn:claimgraph:Claim:is-holds-civilians-human-shields")!;
        Assert.Equal("urn:claimgraph:Source:coalition-raqqa-statement", (string?)quoted["firstAppearance"]!["@id"]);
    }

    [Fact]
    public async Task A_focused_JsonLd_export_still_names_each_appearance_publisher_and_author()
    {
        var (_, body) = await GetAsync("/export/claims.jsonld?claims=negotiations-exist&depth=0");
        var claim = JsonNode.Parse(body)!["@graph"]![0]!;
        Assert.Null(claim["appearance"]);

        (_, body) = await GetAsync("/export/claims.jsonld?claims=negotiations-exist&depth=1");
        var appearance = JsonNode.Parse(body)!["@graph"]![0]!["appearance"]![0]!;
        Assert.Equal("بلدي نيوز", (string?)appearance["publisher"]!["name"]);
        Assert.Equal("Person", (string?)appearance["author"]!["@type"]);
        Assert.Equal("كنان سلطان", (string?)appearance["author"]!["name"]);
    }

    [Fact]
    public async Task Focus_parameters_pick_a_slice_repeated_or_comma_separated()
    {
        var (_, both) = await GetAsync("/export/nodes.csv?claims=negotiations-exist,Claim:shelling-stopped&depth=0");
        var (_, repeated) = await GetAsync("/export/nodes.csv?claims=negotiations-exist&claims=shelling-stopped&depth=0");
        Assert.Equal(both, repeated);
        Assert.Equal(["Claim:negotiations-exist", "Claim:shelling-stopped"], Rfc4180Reader.Read(both).Skip(1).Select(r => r[0]));

        var (response, limited) = await GetAsync("/export/edges.csv?actors=sdf&depth=2&limit=3");
        Assert.Equal("true", response.Headers.GetValues("X-ClaimGraph-Truncated").Single());
        Assert.True(Rfc4180Reader.Read(limited).Count >= 1);
    }

    [Theory]
    [InlineData("/export/nodes.csv?depth=two", HttpStatusCode.BadRequest, "VALIDATION")]
    [InlineData("/export/nodes.csv?limit=0", HttpStatusCode.BadRequest, "VALIDATION")]
    [InlineData("/export/nodes.csv?actors=Claim:x", HttpStatusCode.BadRequest, "VALIDATION")]
    [InlineData("/export/nodes.csv?actors=nobody", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/export/graph.svg", HttpStatusCode.NotFound, "NOT_FOUND")]
    public async Task Bad_export_requests_say_what_to_fix(string url, HttpStatusCode status, string code)
    {
        var (response, body) = await GetAsync(url, expectOk: false);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (string?)JsonNode.Parse(body)!["error"]!["code"]);
    }

    [Fact]
    public async Task The_export_verb_writes_the_same_graphml_slice_to_a_file()
    {
        await App.DataAsync("{ counts { actors } }");
        var file = Path.Combine(App.DataDirectory, "slice.graphml");
        var exit = await CliVerbs.RunAsync(["export", "graphml", "--out", file, "--claims", "negotiations-exist", "--depth", "1",
            $"--ClaimGraph:DataDirectory={App.DataDirectory}", "--ClaimGraph:Seed:Enabled=false"]);
        Assert.Equal(0, exit);
        var written = await File.ReadAllTextAsync(file);
        var (document, problems) = GraphMLValidation.Parse(written);
        Assert.Empty(problems);
        var (_, served) = await GetAsync("/export/graph.graphml?claims=negotiations-exist&depth=1");
        Assert.Equal(served, written);
        Assert.Equal(7, document.Root!.Element(G + "graph")!.Elements(G + "node").Count());
    }

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url, bool expectOk = true)
    {
        using var client = App.CreateClient();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (expectOk)
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return (response, body);
    }
}
