using Microsoft.Playwright;

namespace ClaimGraph.Browser.Tests;

/// <summary>One seeded service and one Chromium shared by the read-only browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public ServedApp App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync() => (_playwright, Browser) = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A fresh browser context and page on the app, recording every request the page makes.</summary>
    public Task<PageSession> OpenAsync(string path, string testName) => PageSession.OpenAsync(Browser, App.Address, path, testName);
}
