using ClaimGraph.Core.Services;
using Microsoft.Extensions.DependencyInjection;
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
            // connection_ack being in does not mean the server has registered the page's two subscriptions yet (on a
            // loaded machine that can take seconds): wait until the change bus has both subscribers.
            await WaitForSubscribersAsync();

            await _app.DataAsync("""
                mutation {
                  recordClaim(input: { key: "live-update-claim", text: "المفاوضات انتهت باتفاق", language: "ar",
                                       translations: [{ language: "en", text: "The talks ended in a deal" }] }) { id }
                  recordStatement(input: { key: "st-live-update", actor: "sdf", claim: "live-update-claim", stance: DENIES,
                                           source: "baladi-raqqa-negotiations", statedAt: "2017-10-14T09:00:00Z" }) { id }
                }
                """);

            await page.WaitForFunctionAsync(
                "n => window.claimGraph.cy.nodes().length > n && window.claimGraph.cy.nodes().some(x => x.data('label').includes('المفاوضات انتهت باتفاق'))",
                before, new() { Timeout = 15_000 });
            await Assertions.Expect(page.Locator("#feed li")).ToContainTextAsync("المفاوضات انتهت باتفاق");
            await Assertions.Expect(page.Locator("#timeline svg")).ToContainTextAsync("2017-10-14");
            Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page was not reloaded");
        });
    }

    [Fact]
    public async Task The_playground_runs_a_subscription_over_WebSocket()
    {
        await using var session = await PageSession.OpenAsync(_browser!, _app.Address, "/playground",
            nameof(The_playground_runs_a_subscription_over_WebSocket));
        await session.RunAsync(async page =>
        {
            var editor = page.Locator(".graphiql-query-editor");
            await Assertions.Expect(editor).ToContainTextAsync("negotiations-exist", new() { Timeout = 20_000 });
            // A tab clicked while GraphiQL is still restoring its tabs can be switched back: click until it holds.
            var tab = page.Locator(".graphiql-tab").Filter(new() { HasText = "StatementsAsRecorded" });
            for (var attempt = 0; attempt < 5 && !(await editor.TextContentAsync() ?? "").Contains("subscription StatementsAsRecorded", StringComparison.Ordinal); attempt++)
            {
                await tab.ClickAsync();
                await page.WaitForTimeoutAsync(500);
            }
            await Assertions.Expect(editor).ToContainTextAsync("subscription StatementsAsRecorded");
            await page.Locator(".graphiql-execute-button").ClickAsync();
            await WaitForSocketAsync(session);

            // The socket being open does not mean the server has registered the subscription yet (on a loaded
            // machine that can take seconds), so record statements until one arrives.
            var response = page.Locator(".graphiql-response");
            for (var attempt = 1; attempt <= 8 && !(await response.TextContentAsync() ?? "").Contains("Statement:st-playground-live", StringComparison.Ordinal); attempt++)
            {
                await _app.DataAsync($$"""
                    mutation {
                      recordStatement(input: { key: "st-playground-live-{{attempt}}", actor: "international-coalition", claim: "negotiations-exist",
                                               stance: CONFIRMS, source: "baladi-raqqa-negotiations" }) { id }
                    }
                    """);
                await page.WaitForTimeoutAsync(2_000);
            }

            await Assertions.Expect(response).ToContainTextAsync("Statement:st-playground-live", new() { Timeout = 15_000 });
            await Assertions.Expect(response).ToContainTextAsync("التحالف الدولي");
        });
    }

    private async Task WaitForSubscribersAsync()
    {
        var bus = _app.Services.GetRequiredService<GraphChangeBus>();
        for (var i = 0; i < 300 && (bus.Statements.SubscriberCount == 0 || bus.Changes.SubscriberCount == 0); i++)
            await Task.Delay(100);
        Assert.True(bus.Statements.SubscriberCount > 0 && bus.Changes.SubscriberCount > 0,
            $"the dashboard's subscriptions were not registered within 30 s ({bus.Statements.SubscriberCount} statementRecorded, {bus.Changes.SubscriberCount} graphChanged)");
    }

    /// <summary>Waits until the page has opened its WebSocket, and a moment more for the subscribe message.</summary>
    private static async Task WaitForSocketAsync(PageSession session)
    {
        for (var i = 0; i < 100 && !session.Requests.Any(url => url.StartsWith("ws://127.0.0.1:", StringComparison.Ordinal)); i++)
            await Task.Delay(100);
        Assert.Contains(session.Requests, url => url.StartsWith("ws://127.0.0.1:", StringComparison.Ordinal));
        await Task.Delay(500);
    }
}
