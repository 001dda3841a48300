using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Server.Frontend;

/// <summary>Serves the playground at /playground (and at /graphql to browsers) and the dashboard at /dashboard.</summary>
public static class ClientAppExtensions
{
    public static WebApplication UseClientApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var files = ClientAppFiles.From(app.Configuration);

        // Before the GraphQL endpoint runs: a browser opening /graphql gets the playground; every other request
        // (queries over GET carry a query parameter and accept JSON) goes on to the endpoint untouched.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase) && BrowserPageRequest.PrefersHtml(context.Request))
                await files.WritePageAsync(context, "playground.html");
            else
                await next(context);
        });

        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = ClientAppFiles.AssetPath,
            FileProvider = files.Provider,
            OnPrepareResponse = static ctx =>
            {
                // Vite puts a content hash in every asset's name, so an asset never changes under its name.
                if (ctx.Context.Request.Path.StartsWithSegments(ClientAppFiles.AssetPath + "/assets", StringComparison.Ordinal))
                    ctx.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
            },
        });

        app.MapMethods("/playground", [HttpMethods.Get, HttpMethods.Head], context => files.WritePageAsync(context, "playground.html"))
            .WithDisplayName("GraphiQL playground");
        app.MapMethods("/dashboard", [HttpMethods.Get, HttpMethods.Head], context => files.WritePageAsync(context, "dashboard.html"))
            .WithDisplayName("Claim graph dashboard");
        return app;
    }
}
