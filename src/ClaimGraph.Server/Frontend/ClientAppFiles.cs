using Microsoft.Extensions.FileProviders;

namespace ClaimGraph.Server.Frontend;

/// <summary>
/// The built playground and dashboard (src/ClaimGraph.Server/ClientApp, built by Vite during the .NET build and
/// copied beside the assembly as clientapp/).
/// </summary>
internal sealed class ClientAppFiles
{
    public const string AssetPath = "/app";

    public ClientAppFiles(string directory)
    {
        Directory = Path.GetFullPath(directory);
        Provider = System.IO.Directory.Exists(Directory) ? new PhysicalFileProvider(Directory) : new NullFileProvider();
    }

    public string Directory { get; }

    public IFileProvider Provider { get; }

    /// <summary>The folder from <c>ClaimGraph:ClientApp:Directory</c>, else clientapp/ beside the assembly.</summary>
    public static ClientAppFiles From(IConfiguration configuration) =>
        new(configuration["ClaimGraph:ClientApp:Directory"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "clientapp"));

    /// <summary>Writes one of the built HTML pages, or 503 saying how to build it when it is missing.</summary>
    public async Task WritePageAsync(HttpContext context, string fileName)
    {
        var file = Provider.GetFileInfo(fileName);
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Accept";
        if (!file.Exists)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(
                $"The front end is not built ({fileName} is missing under {Directory}). Build the server with Node.js available: dotnet build src/ClaimGraph.Server",
                context.RequestAborted);
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = file.Length;
        if (HttpMethods.IsHead(context.Request.Method))
            return;
        await response.SendFileAsync(file, context.RequestAborted);
    }
}
