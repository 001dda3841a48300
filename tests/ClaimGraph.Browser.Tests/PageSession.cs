using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ClaimGraph.Browser.Tests;

/// <summary>
/// A browser context with one page on the app. Records every request the page (and its workers) make, WebSocket
/// connections included, and page errors; takes screenshots into the test output folder and names them in failures.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private readonly IBrowserContext _context;
    private readonly string _testName;

    private PageSession(IBrowserContext context, IPage page, string testName)
    {
        _context = context;
        Page = page;
        _testName = testName;
    }

    public IPage Page { get; }

    /// <summary>Every URL requested, WebSocket URLs included, in the order seen.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public ConcurrentQueue<string> Errors { get; } = new();

    public static async Task<PageSession> OpenAsync(IBrowser browser, Uri app, string path, string testName)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        foreach (var old in Directory.Exists(ScreenshotFolder) ? Directory.GetFiles(ScreenshotFolder, testName + ".*.png") : [])
            File.Delete(old);
        var session = new PageSession(context, page, testName);
        context.Request += (_, request) => session.Requests.Enqueue(request.Url);
        page.WebSocket += (_, socket) => session.Requests.Enqueue(socket.Url);
        page.PageError += (_, error) => session.Errors.Enqueue(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                session.Errors.Enqueue(message.Text);
        };
        await page.GotoAsync(path);
        return session;
    }

    /// <summary>Runs the test's steps; on failure saves a screenshot and names it (and the page's errors) in the message.</summary>
    public async Task RunAsync(Func<IPage, Task> steps)
    {
        try
        {
            await steps(Page);
        }
        catch (Exception ex)
        {
            var shot = await ScreenshotAsync("failure");
            throw new Xunit.Sdk.XunitException(
                $"{ex.Message}{Environment.NewLine}Screenshot: {shot}{Environment.NewLine}Page errors: {string.Join(" | ", Errors)}{Environment.NewLine}{ex}");
        }
        await ScreenshotAsync("passed");
    }

    public async Task<string> ScreenshotAsync(string suffix)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{_testName}.{suffix}.png");
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
            return path;
        }
        catch (PlaywrightException ex)
        {
            return $"(no screenshot: {ex.Message})";
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
