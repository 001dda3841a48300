using System.Text.Json.Nodes;

namespace ClaimGraph.Server.WebSockets;

/// <summary>
/// The API key a client puts in its <c>connection_init</c> payload. Browsers cannot set headers on a WebSocket
/// upgrade, so graphql-ws clients pass credentials as <c>connectionParams</c>: <c>{ "apiKey": "…" }</c>,
/// <c>{ "X-Api-Key": "…" }</c> or <c>{ "Authorization": "Bearer …" }</c> (property names in any case).
/// </summary>
internal static class ConnectionInitKey
{
    /// <summary>The presented key; null when the payload names none; empty when a named key is not a non-empty string.</summary>
    public static string? Find(JsonObject? payload)
    {
        if (payload is null)
            return null;
        foreach (var (name, value) in payload)
        {
            if (name.Equals("apiKey", StringComparison.OrdinalIgnoreCase) || name.Equals("x-api-key", StringComparison.OrdinalIgnoreCase))
                return Text(value);
            if (name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            {
                var text = Text(value);
                return text.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? text["Bearer ".Length..].Trim() : "";
            }
        }

        return null;
    }

    private static string Text(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? text.Trim() : "";
}
