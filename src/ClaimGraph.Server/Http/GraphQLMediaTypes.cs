using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Server.Http;

/// <summary>The two response media types and the choice between them from an Accept header.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for <paramref name="accept"/>, or null when it allows neither (406).
    /// No header, <c>*/*</c> or <c>application/*</c> give application/json; application/graphql-response+json is
    /// chosen only when listed by name with a quality at least that of application/json. A range whose charset
    /// is not UTF-8 matches nothing.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
            return Json;
        // The headers GraphQL clients send, answered without parsing them (the general case below agrees).
        if (accept.Count == 1 && accept[0] is { } only)
        {
            if (only.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponseJson;
            if (only.Equals(Json, StringComparison.OrdinalIgnoreCase) || only == "*/*")
                return Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
            return Json;

        var graphQLQuality = Quality(ranges, GraphQLResponseJson, allowWildcards: false);
        var jsonQuality = Quality(ranges, Json, allowWildcards: true);
        if (graphQLQuality > 0 && graphQLQuality >= jsonQuality)
            return GraphQLResponseJson;
        if (jsonQuality > 0)
            return Json;
        return null;
    }

    /// <summary>The quality the most specific matching range gives <paramref name="mediaType"/>; 0 when none matches.</summary>
    private static double Quality(IList<MediaTypeHeaderValue> ranges, string mediaType, bool allowWildcards)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType[..slash];
        var bestSpecificity = -1;
        var quality = 0.0;
        foreach (var range in ranges)
        {
            int specificity;
            if (range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
                specificity = 2;
            else if (allowWildcards && range.MatchesAllSubTypes && range.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
                specificity = 1;
            else if (allowWildcards && range.MatchesAllTypes)
                specificity = 0;
            else
                continue;

            if (range.Charset.HasValue && !IsUtf8(range.Charset.Value))
                continue;
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1.0;
            }
        }
        return quality;
    }

    public static bool IsUtf8(string? charset)
    {
        var value = HeaderUtilities.RemoveQuotes(charset);
        return value.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || value.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The Content-Type header value for a response of <paramref name="mediaType"/>.</summary>
    public static string WithCharset(string mediaType) => mediaType + "; charset=utf-8";
}
