using Microsoft.Playwright;

namespace ClaimGraph.Browser.Tests;

/// <summary>Writes to the store, so it has a service (and data folder) of its own.</summary>
public sealed class LiveUpdateTests : IAsyncLifetime
{
    private readonly ServedApp _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync() => (_playwright, _browser) = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_statement_recorded_through_the_API_appears_on_an_open_dashboard_without_a_reload()
    {
        await using var session = await PageSession.OpenAsync(_browser!, _app.Address, "/dashboard",
            nameof(A_statement_recorded_through_the_API_appears_on_an_open_dashboard_without_a_reload));
        await session.RunAsync(async page =>
        {
            await page.WaitForFunctionAsync("() => window.claimGraph && window.claimGraph.loads > 0", null, new() { Timeout = 20_000 });
            await Assertions.Expect(page.Locator("#live")).ToHaveAttributeAsync("data-state", "live", new() { Timeout = 10_000 });
            var before = await page.EvaluateAsync<int>("() => window.claimGraph.cy.nodes().length");
            await page.EvaluateAsync("() => { window.notReloaded = true; }");

            await _app.DataAsync("""
                mutation {
                  recordClaim(input: { key: "live-update-claim", text: "المفاوضات انتهت باتفاق", language: "ar",
                                       translations: [{ language: "en", text: "The talks ended in a deal" }] }) { id }
                  recordStatement(input: { key: "st-live-update", actor: "sdf", claim: "live-update-claim", stance: DENIES,
                                           source: "baladi-raqqa-negotiations" }) { id }
                }
                """);

            await page.WaitForFunctionAsync(
                "n => window.claimGraph.cy.nodes().length > n && window.claimGraph.cy.nodes().some(x => x.data('label').includes('المفاوضات انتهت باتفاق'))",
                before, new() { Timeout = 15_000 });
            await Assertions.Expect(page.Locator("#feed li")).ToContainTextAsync("المفاوضات انتهت باتفاق");
            Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page was not reloaded");
        });
    }
}
