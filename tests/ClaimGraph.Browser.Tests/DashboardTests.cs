using Microsoft.Playwright;

namespace ClaimGraph.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture fixture)
{
    internal const string GraphQuery = "{ graph(depth: 2, limit: 200) { nodes { id type } edges { id } truncated } }";

    [Fact]
    public async Task The_dashboard_draws_every_node_of_the_graph_query()
    {
        var graph = (await fixture.App.DataAsync(GraphQuery))["graph"]!;
        var apiNodes = graph["nodes"]!.AsArray().Count;
        var apiClaims = graph["nodes"]!.AsArray().Count(n => (string?)n!["type"] == "CLAIM");
        Assert.True(apiNodes > 20, $"the seeded graph has {apiNodes} nodes");

        await using var session = await fixture.OpenAsync("/dashboard", nameof(The_dashboard_draws_every_node_of_the_graph_query));
        await session.RunAsync(async page =>
        {
            await page.WaitForFunctionAsync("() => window.claimGraph && window.claimGraph.loads > 0", null, new() { Timeout = 20_000 });
            Assert.Equal(apiNodes, await page.EvaluateAsync<int>("() => window.claimGraph.cy.nodes().length"));
            Assert.Equal(apiClaims, await page.EvaluateAsync<int>("() => window.claimGraph.cy.nodes('[type = \"CLAIM\"]').length"));
            Assert.True(await page.EvaluateAsync<int>("() => window.claimGraph.cy.nodes('[?anonymous]').length") >= 4,
                "the four anonymous sources of the seed article are drawn as such");
            await Assertions.Expect(page.Locator("#contested li").First).ToContainTextAsync("for", new() { Timeout = 10_000 });
            await Assertions.Expect(page.Locator("#timeline svg rect").First).ToBeAttachedAsync(new() { Timeout = 10_000 });
        });
    }

    [Fact]
    public async Task Clicking_a_claim_shows_its_statements_with_quotes_sources_and_attribution()
    {
        await using var session = await fixture.OpenAsync("/dashboard", nameof(Clicking_a_claim_shows_its_statements_with_quotes_sources_and_attribution));
        await session.RunAsync(async page =>
        {
            await page.WaitForFunctionAsync("() => window.claimGraph && window.claimGraph.loads > 0", null, new() { Timeout = 20_000 });
            await Assertions.Expect(page.Locator("#filter-claim option").Nth(1)).ToBeAttachedAsync(new() { Timeout = 10_000 });
            await Assertions.Expect(page.Locator("#contested li").First).ToContainTextAsync("for", new() { Timeout = 10_000 });
            // Click where cytoscape drew the contested claim (the negotiations), as a person would.
            var point = await page.EvaluateAsync<double[]>("""
                () => {
                  const cy = window.claimGraph.cy;
                  const node = cy.nodes('[type = "CLAIM"][?contested]').first();
                  cy.center(node);
                  const p = node.renderedPosition();
                  const box = cy.container().getBoundingClientRect();
                  return [box.left + p.x, box.top + p.y];
                }
                """);
            await page.Mouse.ClickAsync((float)point[0], (float)point[1]);

            var details = page.Locator("#details");
            await Assertions.Expect(details).ToContainTextAsync("DENIES", new() { Timeout = 10_000 });
            await Assertions.Expect(details).ToContainTextAsync("CONFIRMS");
            await Assertions.Expect(details.Locator(".quote").First).ToBeVisibleAsync();
            await Assertions.Expect(details).ToContainTextAsync("قوات سوريا الديمقراطية");
            await Assertions.Expect(details.Locator(".attribution li").First).ToBeVisibleAsync();
            Assert.Equal("rtl", await details.Locator("h3").GetAttributeAsync("dir"));

            // A stance edge is a statement: tapping the SDF's denial shows that one statement and its chain.
            await page.EvaluateAsync("() => { window.claimGraph.cy.edges('[stance = \"DENIES\"]').first().emit('tap'); }");
            await Assertions.Expect(details.Locator(".kind")).ToHaveTextAsync("statement", new() { IgnoreCase = true, Timeout = 10_000 });
            await Assertions.Expect(details.Locator(".statement")).ToHaveCountAsync(1);
            await Assertions.Expect(details.Locator(".quote")).ToContainTextAsync("نفي من ميليشيات");
        });
    }

    [Fact]
    public async Task Filtering_by_an_actor_focuses_the_graph_and_the_export_links()
    {
        var focused = (await fixture.App.DataAsync("""{ graph(actors: ["Actor:sdf"], depth: 2, limit: 200) { nodes { id } } }"""))["graph"]!["nodes"]!.AsArray().Count;

        await using var session = await fixture.OpenAsync("/dashboard", nameof(Filtering_by_an_actor_focuses_the_graph_and_the_export_links));
        await session.RunAsync(async page =>
        {
            await page.WaitForFunctionAsync("() => window.claimGraph && window.claimGraph.loads > 0", null, new() { Timeout = 20_000 });
            var whole = await page.EvaluateAsync<int>("() => window.claimGraph.cy.nodes().length");
            await Assertions.Expect(page.Locator("#filter-actor option[value='Actor:sdf']")).ToBeAttachedAsync(new() { Timeout = 10_000 });

            await page.Locator("#filter-actor").SelectOptionAsync("Actor:sdf");

            await page.WaitForFunctionAsync("n => window.claimGraph.loads > 1 && window.claimGraph.cy.nodes().length === n", focused, new() { Timeout = 10_000 });
            Assert.True(focused < whole, $"the focus on the SDF shows {focused} of {whole} nodes");
            Assert.True(await page.EvaluateAsync<bool>("() => window.claimGraph.cy.getElementById('Actor:sdf').nonempty()"));

            var href = await page.Locator("#exports a[data-file='nodes.csv']").GetAttributeAsync("href");
            Assert.Contains("actors=Actor%3Asdf", href, StringComparison.Ordinal);
            var export = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, export.Status);
            Assert.Contains("قوات سوريا الديمقراطية", await export.TextAsync(), StringComparison.Ordinal);
        });
    }
}
