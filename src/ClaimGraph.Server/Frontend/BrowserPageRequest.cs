using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Server.Frontend;

/// <summary>Tells a browser asking for a page apart from a GraphQL client using GET.</summary>
internal static class BrowserPageRequest
{
    /// <summary>
    /// True for a GET without a <c>query</c> parameter whose Accept header names text/html with a quality
    /// above any JSON media type it allows (an equal quality goes to whichever is listed first). GraphQL clients
    /// send a query, or accept JSON first, and so still reach the GraphQL endpoint.
    /// </summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method))
            return false;
        if (request.Query.ContainsKey("query"))
            return false;
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges))
            return false;

        double html = 0, json = 0;
        int htmlAt = -1, jsonAt = -1;
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            var quality = range.Quality ?? 1.0;
            if (range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && quality > html)
                (html, htmlAt) = (quality, i);
            else if (IsJson(range) && quality > json)
                (json, jsonAt) = (quality, i);
        }
        return html > 0 && (html > json || (html == json && htmlAt < jsonAt));
    }

    private static bool IsJson(MediaTypeHeaderValue range) =>
        range.MatchesAllTypes
        || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
        || range.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || range.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase);
}
