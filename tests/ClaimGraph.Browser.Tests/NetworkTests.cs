using Microsoft.Playwright;

namespace ClaimGraph.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class NetworkTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/playground")]
    [InlineData("/dashboard")]
    public async Task Every_request_a_page_makes_stays_on_this_machine(string path)
    {
        await using var session = await fixture.OpenAsync(path, "Local_only" + path.Replace('/', '_'));
        await session.RunAsync(async page =>
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (path == "/playground")
            {
                // Run a query and open the docs so that editors, workers, fonts and introspection have all loaded.
                await Assertions.Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query", new() { Timeout = 20_000 });
                await page.Locator(".graphiql-execute-button").ClickAsync();
                await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("deniedBy", new() { Timeout = 20_000 });
            }
            else
            {
                await page.WaitForFunctionAsync("() => window.claimGraph && window.claimGraph.loads > 0", null, new() { Timeout = 20_000 });
                await Assertions.Expect(page.Locator("#live")).ToHaveAttributeAsync("data-state", "live", new() { Timeout = 10_000 });
            }
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            var requests = session.Requests.ToArray();
            Assert.NotEmpty(requests);
            var elsewhere = requests.Where(url => !IsLocal(url)).ToArray();
            Assert.True(elsewhere.Length == 0, $"requests that left the machine: {string.Join(", ", elsewhere)}");
            if (path == "/dashboard")
                Assert.Contains(requests, url => url.StartsWith("ws://127.0.0.1:", StringComparison.Ordinal));
            else
                Assert.Contains(requests, url => url.Contains(".worker", StringComparison.Ordinal));
        });
    }

    private static bool IsLocal(string url)
    {
        if (url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal))
            return true;
        var uri = new Uri(url);
        return uri.Host is "127.0.0.1" or "localhost" or "[::1]";
    }
}
