using Microsoft.Playwright;

namespace ClaimGraph.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PlaygroundTests(BrowserFixture fixture)
{
    private const string SdfName = "قوات سوريا الديمقراطية";
    private const string CoalitionName = "التحالف الدولي";

    [Fact]
    public async Task The_playground_runs_the_first_example_and_shows_the_Arabic_answer()
    {
        await using var session = await fixture.OpenAsync("/playground", nameof(The_playground_runs_the_first_example_and_shows_the_Arabic_answer));
        await session.RunAsync(async page =>
        {
            var editor = page.Locator(".graphiql-query-editor");
            await Assertions.Expect(editor).ToContainTextAsync("negotiations-exist", new() { Timeout = 20_000 });
            await Assertions.Expect(page.Locator(".graphiql-tab")).ToHaveCountAsync(7);

            await page.Locator(".graphiql-execute-button").ClickAsync();

            var response = page.Locator(".graphiql-response");
            await Assertions.Expect(response).ToContainTextAsync(SdfName, new() { Timeout = 20_000 });
            await Assertions.Expect(response).ToContainTextAsync(CoalitionName);
            await Assertions.Expect(response).ToContainTextAsync("\"isContested\": true");

            // The Arabic name is laid out as a right-to-left paragraph of its own inside the JSON line.
            var bidi = await page.EvaluateAsync<string>(
                "name => { const span = [...document.querySelectorAll('.graphiql-response .view-line span span')].find(s => s.textContent.replaceAll(String.fromCharCode(160), ' ').includes(name)); return span ? getComputedStyle(span).unicodeBidi : 'no span'; }",
                SdfName);
            Assert.Equal("plaintext", bidi);
        });
    }

    [Fact]
    public async Task The_docs_explorer_shows_the_schema()
    {
        await using var session = await fixture.OpenAsync("/playground", nameof(The_docs_explorer_shows_the_schema));
        await session.RunAsync(async page =>
        {
            var docs = page.Locator(".graphiql-doc-explorer");
            await Assertions.Expect(docs).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await Assertions.Expect(docs).ToContainTextAsync("Query", new() { Timeout = 20_000 });

            await docs.GetByText("Query", new() { Exact = true }).First.ClickAsync();
            await Assertions.Expect(docs).ToContainTextAsync("contestedClaims");
            await Assertions.Expect(docs).ToContainTextAsync("Claims held true by some actors and denied by others");
        });
    }

    [Fact]
    public async Task A_browser_opening_the_graphql_url_gets_the_playground()
    {
        await using var session = await fixture.OpenAsync("/graphql", nameof(A_browser_opening_the_graphql_url_gets_the_playground));
        await session.RunAsync(async page =>
        {
            await Assertions.Expect(page).ToHaveTitleAsync("ClaimGraph playground");
            await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("negotiations-exist", new() { Timeout = 20_000 });
        });
    }
}
